package dev.tsunagu.server.sms;

import dev.tsunagu.server.tenant.HomeTenant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * What the outbox provider holds, for the dev phone (the page that plays the customer's phone):
 * the messages sent to a number, newest first, and {@link SmsStored} for each new one. Only the
 * home tenant's messages are listed, as only the home tenant has a dev phone. With another
 * provider configured the outbox stays empty.
 */
@Service
public class SmsOutbox {

    static final int LISTED = 50;

    private final SmsStore store;
    private final HomeTenant home;
    private final ApplicationEventPublisher events;

    SmsOutbox(SmsStore store, HomeTenant home, ApplicationEventPublisher events) {
        this.store = store;
        this.home = home;
        this.events = events;
    }

    /**
     * The latest {@value #LISTED} messages the outbox took for {@code number} (written any way
     * {@code NumberNormaliser} understands), newest first; empty for a number that is not one.
     */
    public List<SmsMessage> messagesTo(String number) {
        String normalised = SmsNumbers.normalise(number);
        if (!SmsNumbers.isPhoneNumber(normalised)) {
            return List.of();
        }
        return store.sentTo(home.id(), OutboxSmsProvider.NAME, normalised, LISTED);
    }

    /** The outbox delivers at once, so a delivered outbox message is a stored one. */
    @EventListener
    void onStatusChanged(SmsStatusChanged changed) {
        SmsMessage message = changed.message();
        if (OutboxSmsProvider.NAME.equals(message.provider()) && message.status() == SmsStatus.DELIVERED
                && message.tenant().equals(home.id())) {
            events.publishEvent(new SmsStored(message));
        }
    }
}
