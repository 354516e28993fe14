package dev.tsunagu.telephony.acd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.telephony.acd.RoutingEvent.CallOffered;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The engine as the PBX will use it: its own virtual threads and wall-clock timers, and a listener that reports back. */
class RoutingEngineDefaultsTest {

    @Test
    void aListenerMayAnswerOffersByCallingTheEngineBack() {
        AtomicReference<RoutingEngine> self = new AtomicReference<>();
        try (RoutingEngine engine = new RoutingEngine(event -> {
            if (event instanceof CallOffered(Offer offer)) {
                self.get().offerAnswered(offer.id()); // queued after this command; not waited for here
            }
        })) {
            self.set(engine);
            engine.addAgent(new Agent("a", "201"));
            engine.addCallCenter(new CallCenter("sales", "Sales", List.of(new CallCenter.Member("a", 5)),
                    RoutingStrategy.LONGEST_IDLE, Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofMinutes(5),
                    new OverflowTarget.HangUp()));
            engine.setStatus("a", AgentStatus.AVAILABLE, null);
            engine.enqueue(QueuedCall.of("1", "sales", Instant.now())).join();

            // Commands run in order, so the answer queued by the listener has run before this query.
            assertThat(engine.agent("a").join().status()).isEqualTo(AgentStatus.ON_CALL);
            assertThat(engine.callEnded("1").join()).isTrue();
            assertThat(engine.agent("a").join().status()).isEqualTo(AgentStatus.AFTER_CALL_WORK);
            assertThat(engine.wrapUpDone("a").join()).isTrue();
            assertThat(engine.position("1").join()).isEmpty();
        }
    }
}
