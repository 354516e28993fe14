package dev.tsunagu.server.identity;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts on the admin screen. Reading needs SUPERVISOR, changing needs ADMIN (see SecurityConfig). */
@RestController
@RequestMapping("/api/admin/accounts")
class AdminAccountController {

    record PasswordReset(String password) {
    }

    private final Accounts accounts;
    private final AccountService service;

    AdminAccountController(Accounts accounts, AccountService service) {
        this.accounts = accounts;
        this.service = service;
    }

    @GetMapping
    List<AccountView> list(@AuthenticationPrincipal AccountPrincipal me) {
        return accounts.all(me.tenant()).stream().map(AccountView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AccountView create(@AuthenticationPrincipal AccountPrincipal me, @RequestBody AccountDraft draft) {
        return AccountView.of(service.create(me.tenant(), draft));
    }

    @PutMapping("/{id}")
    AccountView update(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @RequestBody AccountDraft draft) {
        return AccountView.of(service.update(me.tenant(), me.accountId(), id, draft));
    }

    @PostMapping("/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @RequestBody PasswordReset body) {
        service.resetPassword(me.tenant(), id, body.password());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        service.delete(me.tenant(), me.accountId(), id);
    }
}
