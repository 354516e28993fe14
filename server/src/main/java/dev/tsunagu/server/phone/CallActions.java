package dev.tsunagu.server.phone;

import dev.tsunagu.server.realtime.RealtimeError;
import dev.tsunagu.server.realtime.RealtimeException;
import dev.tsunagu.telephony.call.Pbx;
import java.util.Map;
import java.util.OptionalInt;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;

/** The softphone's call buttons as WebSocket commands; each is a move on the PBX. */
@Configuration(proxyBeanMethods = false)
class CallActions {

    @Bean
    CallActionCommand answerCommand(Pbx pbx, PhoneLines lines) {
        return new CallActionCommand("phone.answer", lines, (line, call, payload) -> done(() -> pbx.answer(line, call)));
    }

    @Bean
    CallActionCommand hangupCommand(Pbx pbx, PhoneLines lines) {
        return new CallActionCommand("phone.hangup", lines, (line, call, payload) -> done(() -> pbx.hangup(line, call)));
    }

    @Bean
    CallActionCommand holdCommand(Pbx pbx, PhoneLines lines) {
        return new CallActionCommand("phone.hold", lines, (line, call, payload) -> done(() -> pbx.hold(line, call)));
    }

    @Bean
    CallActionCommand resumeCommand(Pbx pbx, PhoneLines lines) {
        return new CallActionCommand("phone.resume", lines, (line, call, payload) -> done(() -> pbx.resume(line, call)));
    }

    @Bean
    CallActionCommand transferCommand(Pbx pbx, PhoneLines lines) {
        return new CallActionCommand("phone.transfer", lines, (line, call, payload) -> done(() -> pbx.transfer(line, call)));
    }

    @Bean
    CallActionCommand conferenceCommand(Pbx pbx, PhoneLines lines) {
        return new CallActionCommand("phone.conference", lines, (line, call, payload) -> done(() -> pbx.conference(line, call)));
    }

    @Bean
    CallActionCommand parkCommand(Pbx pbx, PhoneLines lines) {
        return new CallActionCommand("phone.park", lines, (line, call, payload) -> {
            OptionalInt slot = pbx.park(line, call);
            if (slot.isEmpty()) {
                throw new RealtimeException(RealtimeError.invalidPayload, "parkFull");
            }
            return Map.of();
        });
    }

    @Bean
    CallActionCommand muteCommand(Pbx pbx, PhoneLines lines) {
        return new CallActionCommand("phone.mute", lines, (line, call, payload) -> {
            JsonNode muted = payload.get("muted");
            if (muted == null || !muted.isBoolean()) {
                throw new RealtimeException(RealtimeError.invalidPayload, "\"muted\" must be true or false");
            }
            pbx.mute(line, call, muted.asBoolean());
            return null;
        });
    }

    private static Object done(Runnable action) {
        action.run();
        return null;
    }
}
