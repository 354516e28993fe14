package dev.tsunagu.server.identity;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A signed-in account changing its own password, which needs the current one. */
@RestController
class MyPasswordController {

    record PasswordChange(String currentPassword, String password) {
    }

    private final AccountService service;

    MyPasswordController(AccountService service) {
        this.service = service;
    }

    @PostMapping("/api/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void change(@AuthenticationPrincipal AccountPrincipal me, @RequestBody PasswordChange body) {
        service.changeOwnPassword(me.tenant(), me.accountId(), body.currentPassword(), body.password());
    }
}
