package dev.tsunagu.server.pbx;

import dev.tsunagu.server.history.BusinessLabels;
import dev.tsunagu.server.tenant.TenantId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** An inbound number's label is the business label (業務ラベル) of the calls to it (CC-03). */
@Component
class InboundNumberLabels implements BusinessLabels {

    private final InboundNumberStore store;

    InboundNumberLabels(InboundNumberStore store) {
        this.store = store;
    }

    @Override
    public Optional<String> labelOf(TenantId tenant, String number) {
        return store.all(tenant).stream().filter(n -> n.number().equals(number)).map(InboundNumber::label).filter(Objects::nonNull)
                .findFirst();
    }

    @Override
    public List<String> all(TenantId tenant) {
        return store.all(tenant).stream().map(InboundNumber::label).filter(Objects::nonNull).distinct().sorted().toList();
    }
}
