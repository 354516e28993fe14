package dev.tsunagu.server.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A message stays QUEUED only while a send is in progress; one still QUEUED at start was being
 * handed over when the process stopped, and whether the provider got it is unknown. It becomes
 * FAILED so the admin screen says so instead of "waiting" for ever. Messages younger than
 * {@link #IN_PROGRESS} are left alone: another node may be sending them.
 */
@Component
class StaleQueuedMessages {

    static final Duration IN_PROGRESS = Duration.ofMinutes(2);
    static final String REASON = "interrupted before the provider answered";

    private static final Logger log = LoggerFactory.getLogger(StaleQueuedMessages.class);

    private final SmsStore store;
    private final Clock clock;

    StaleQueuedMessages(SmsStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void failStale() {
        Instant now = clock.instant();
        int failed = store.failStale(now.minus(IN_PROGRESS), REASON, now);
        if (failed > 0) {
            log.warn("{} SMS left QUEUED by an earlier run marked FAILED", failed);
        }
    }
}
