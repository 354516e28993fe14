package dev.tsunagu.server.video;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /v/{token}}: the browser app's customer video page; whether the link is good is asked over its socket. */
@Controller
class CustomerVideoPageController {

    @GetMapping(CustomerVideoConfig.PAGE_PATH)
    String page() {
        return "forward:/index.html";
    }
}
