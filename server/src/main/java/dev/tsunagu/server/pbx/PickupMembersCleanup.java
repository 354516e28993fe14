package dev.tsunagu.server.pbx;

import dev.tsunagu.server.identity.AccountExtensionReleased;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An extension no account uses any more leaves its pickup group, in the same transaction as the
 * account change, so no group keeps a member nobody answers.
 */
@Component
class PickupMembersCleanup {

    private final PickupGroups groups;
    private final ApplicationEventPublisher events;

    PickupMembersCleanup(PickupGroups groups, ApplicationEventPublisher events) {
        this.groups = groups;
        this.events = events;
    }

    @EventListener
    void on(AccountExtensionReleased released) {
        if (groups.removeMember(released.tenant(), released.extension())) {
            events.publishEvent(new PbxSettingsChanged(released.tenant()));
        }
    }
}
