package dev.tsunagu.server.sipedge;

/** The JSON of /api/admin/sip/logins. */
final class SipLoginBody {

    private SipLoginBody() {
    }

    /** A new login, or changes to one ({@code password} empty or null on an update keeps it). */
    record Draft(String username, String extension, String password, Boolean enabled) {
    }

    record View(long id, String username, String extension, boolean enabled, boolean needsNewPassword) {
        static View of(SipLogin l) {
            return new View(l.id(), l.username(), l.extension(), l.enabled(), !l.realmCurrent());
        }
    }
}
