package dev.tsunagu.server.callcenter;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/agents/live}: every agent's status and current call-center call, for the supervisors' board (then {@code supervisor.agent} live). */
@RestController
class LiveAgentsController {

    private final CallCenterActivity activity;

    LiveAgentsController(CallCenterActivity activity) {
        this.activity = activity;
    }

    @GetMapping("/api/agents/live")
    List<LiveAgent> live() {
        return activity.live();
    }
}
