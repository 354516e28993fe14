package dev.tsunagu.server.diag;

import dev.tsunagu.server.realtime.RealtimeCommand;
import dev.tsunagu.server.realtime.RealtimeTab;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/** {@code diag.audio.stop}: releases the tab's audio check leg. */
@Component
class StopAudioCheckCommand implements RealtimeCommand {

    private final AudioChecks checks;

    StopAudioCheckCommand(AudioChecks checks) {
        this.checks = checks;
    }

    @Override
    public String type() {
        return "diag.audio.stop";
    }

    @Override
    public Object handle(RealtimeTab tab, ObjectNode payload) {
        checks.stop(tab.id());
        return Map.of();
    }
}
