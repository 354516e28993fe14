package dev.tsunagu.server.settings;

import dev.tsunagu.server.identity.AccountPrincipal;
import dev.tsunagu.server.support.FieldProblem;
import dev.tsunagu.server.support.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The system settings part of the admin screen. Access rules live in the security configuration. */
@RestController
@RequestMapping("/api/admin/settings")
class SettingsController {

    record SettingsView(String screenAfterSignIn) {
    }

    private final SystemSettings settings;

    SettingsController(SystemSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    SettingsView get(@AuthenticationPrincipal AccountPrincipal me) {
        return new SettingsView(settings.screenAfterSignIn(me.tenant()).name());
    }

    @PutMapping
    SettingsView put(@AuthenticationPrincipal AccountPrincipal me, @RequestBody SettingsView body) {
        ScreenAfterSignIn screen = parse(body.screenAfterSignIn());
        settings.setScreenAfterSignIn(me.tenant(), screen);
        return new SettingsView(screen.name());
    }

    private static ScreenAfterSignIn parse(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(FieldProblem.of("screenAfterSignIn", FieldProblem.Code.required));
        }
        try {
            return ScreenAfterSignIn.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FieldProblem.of("screenAfterSignIn", FieldProblem.Code.unknownValue));
        }
    }
}
