package dev.tsunagu.server.sipedge;

import dev.tsunagu.sip.trunk.TrunkConfig;
import dev.tsunagu.sip.trunk.TrunkStatus;
import java.util.List;

/** The JSON of /api/admin/sip/trunks; the password is written, never read back. */
final class SipTrunkBody {

    private SipTrunkBody() {
    }

    record Draft(String name, String host, Integer port, String transport, String mode, String username, String password,
                 String authUsername, Integer registerSeconds, List<String> allowedAddresses, String callerId, Integer priority,
                 Boolean enabled) {
    }

    record View(long id, String name, String host, int port, String transport, String mode, String username, boolean hasPassword,
                String authUsername, long registerSeconds, List<String> allowedAddresses, String callerId, int priority, boolean enabled,
                boolean registered, String lastError) {
        static View of(TrunkConfig t, int priority, TrunkStatus status) {
            return new View(Long.parseLong(t.id()), t.name(), t.host(), t.port(), t.transport(), t.mode().name(), t.username(),
                    t.password() != null && !t.password().isEmpty(), t.authUsername(), t.registrationExpiry().toSeconds(),
                    t.allowedAddresses(), t.fixedCallerId(), priority, t.enabled(), status != null && status.registered(),
                    status == null ? null : status.lastError());
        }
    }
}
