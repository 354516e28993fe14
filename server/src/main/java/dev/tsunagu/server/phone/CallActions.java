package dev.tsunagu.server.phone;

import dev.tsunagu.server.realtime.RealtimeError;
import dev.tsunagu.server.realtime.RealtimeException;
import dev.tsunagu.telephony.call.Pbx;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;

/** The softphone's call buttons as WebSocket commands; each is a move on the PBX. */
@Configuration(proxyBeanMethods = false)
class CallActions {

    @Bean
    CallActionCommand answerCommand(Pbx pbx) {
        return new CallActionCommand("phone.answer", (line, call, payload) -> pbx.answer(line, call));
    }

    @Bean
    CallActionCommand hangupCommand(Pbx pbx) {
        return new CallActionCommand("phone.hangup", (line, call, payload) -> pbx.hangup(line, call));
    }

    @Bean
    CallActionCommand holdCommand(Pbx pbx) {
        return new CallActionCommand("phone.hold", (line, call, payload) -> pbx.hold(line, call));
    }

    @Bean
    CallActionCommand resumeCommand(Pbx pbx) {
        return new CallActionCommand("phone.resume", (line, call, payload) -> pbx.resume(line, call));
    }

    @Bean
    CallActionCommand muteCommand(Pbx pbx) {
        return new CallActionCommand("phone.mute", (line, call, payload) -> {
            JsonNode muted = payload.get("muted");
            if (muted == null || !muted.isBoolean()) {
                throw new RealtimeException(RealtimeError.invalidPayload, "\"muted\" must be true or false");
            }
            pbx.mute(line, call, muted.asBoolean());
        });
    }
}
