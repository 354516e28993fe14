package dev.tsunagu.server.web;

import dev.tsunagu.server.identity.AccountPrincipal;
import dev.tsunagu.server.identity.Landing;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The browser app is one page that routes on the client; every screen's path serves it, after
 * the security filter has checked the path (so {@code /admin} is refused to USER accounts here,
 * not only hidden in the app).
 */
@Controller
class PageController {

    private final Landing landing;

    PageController(Landing landing) {
        this.landing = landing;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal AccountPrincipal me) {
        return "redirect:" + (me == null ? "/login" : landing.pathFor(me));
    }

    @GetMapping({"/login", "/agent", "/agent/**", "/admin", "/admin/**", "/account", "/diag/**"})
    String app() {
        return "forward:/index.html";
    }
}
