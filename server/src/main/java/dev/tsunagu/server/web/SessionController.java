package dev.tsunagu.server.web;

import dev.tsunagu.server.identity.AccountPrincipal;
import dev.tsunagu.server.identity.AccountView;
import dev.tsunagu.server.identity.Accounts;
import dev.tsunagu.server.identity.Landing;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a page needs to start: who is signed in, where they belong, and the CSRF token for changes. */
@RestController
class SessionController {

    record Csrf(String headerName, String parameterName, String token) {
    }

    record SessionView(boolean authenticated, AccountView account, String landing, Csrf csrf) {
    }

    private final Accounts accounts;
    private final Landing landing;

    SessionController(Accounts accounts, Landing landing) {
        this.accounts = accounts;
        this.landing = landing;
    }

    @GetMapping("/api/session")
    SessionView session(@AuthenticationPrincipal AccountPrincipal me, CsrfToken csrf) {
        Csrf token = new Csrf(csrf.getHeaderName(), csrf.getParameterName(), csrf.getToken());
        if (me == null) {
            return new SessionView(false, null, null, token);
        }
        // Read fresh: an admin may have renamed the account or changed its extension since sign-in.
        return accounts.find(me.tenant(), me.accountId())
                .map(account -> new SessionView(true, AccountView.of(account), landing.pathFor(me), token))
                .orElseGet(() -> new SessionView(false, null, null, token));
    }
}
