package dev.tsunagu.server.diag;

import dev.tsunagu.server.realtime.RealtimeCommand;
import dev.tsunagu.server.realtime.RealtimeTab;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/** {@code diag.video.leave}: the tab leaves its video check room and its leg is released. */
@Component
class LeaveVideoCheckCommand implements RealtimeCommand {

    private final VideoChecks checks;

    LeaveVideoCheckCommand(VideoChecks checks) {
        this.checks = checks;
    }

    @Override
    public String type() {
        return "diag.video.leave";
    }

    @Override
    public Object handle(RealtimeTab tab, ObjectNode payload) {
        checks.leave(tab.id());
        return Map.of();
    }
}
