package dev.tsunagu.server.pbx;

import dev.tsunagu.server.identity.ReservedNumbers;
import dev.tsunagu.server.support.FieldProblem;
import dev.tsunagu.server.tenant.TenantId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Park slots are dialled like extensions, so no account may take one as its extension. */
@Component
class ParkSlotReservation implements ReservedNumbers {

    private final PbxOptionsStore options;

    ParkSlotReservation(PbxOptionsStore options) {
        this.options = options;
    }

    @Override
    public Optional<FieldProblem.Code> reservation(TenantId tenant, String extension) {
        return PbxRules.isSlot(options.read(tenant).parking(), extension) ? Optional.of(FieldProblem.Code.parkSlot) : Optional.empty();
    }
}
