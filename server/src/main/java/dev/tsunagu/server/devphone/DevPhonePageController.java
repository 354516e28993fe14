package dev.tsunagu.server.devphone;

import dev.tsunagu.server.support.DemoMode;
import dev.tsunagu.server.support.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /devphone}: the browser app's dev phone page, in demo mode only (404 otherwise). */
@Controller
class DevPhonePageController {

    private final DemoMode demo;

    DevPhonePageController(DemoMode demo) {
        this.demo = demo;
    }

    @GetMapping(DevPhoneConfig.PAGE_PATH)
    String page() {
        if (!demo.enabled()) {
            throw new NotFoundException("The dev phone");
        }
        return "forward:/index.html";
    }
}
