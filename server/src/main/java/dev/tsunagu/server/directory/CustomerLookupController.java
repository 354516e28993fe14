package dev.tsunagu.server.directory;

import dev.tsunagu.server.identity.AccountPrincipal;
import dev.tsunagu.server.identity.Accounts;
import dev.tsunagu.server.support.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/phonebook/lookup?number=}: who is calling, as the signed-in agent's phone sees it
 * (its extension's book first, then the common one). 404 when nobody in the books has the number.
 */
@RestController
class CustomerLookupController {

    private final PhonebookService service;
    private final Accounts accounts;

    CustomerLookupController(PhonebookService service, Accounts accounts) {
        this.service = service;
        this.accounts = accounts;
    }

    @GetMapping("/api/phonebook/lookup")
    PhonebookBody.Entry lookup(@AuthenticationPrincipal AccountPrincipal me, @RequestParam String number) {
        String extension = accounts.find(me.tenant(), me.accountId()).map(a -> a.extension()).orElse(null);
        return service.lookup(me.tenant(), extension, number).map(PhonebookBody.Entry::of)
                .orElseThrow(() -> new NotFoundException("Phonebook entry"));
    }
}
