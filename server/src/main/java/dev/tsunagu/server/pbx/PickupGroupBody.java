package dev.tsunagu.server.pbx;

import java.util.List;

/** {@code /api/admin/pickup-groups}: a group as the browser sees it and as an admin submits it. */
final class PickupGroupBody {

    private PickupGroupBody() {
    }

    record View(long id, String name, List<String> extensions) {

        static View of(PickupGroup group) {
            return new View(group.id(), group.name(), group.extensions());
        }
    }

    record Draft(String name, List<String> extensions) {
    }
}
