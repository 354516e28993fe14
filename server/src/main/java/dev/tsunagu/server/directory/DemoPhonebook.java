package dev.tsunagu.server.directory;

import dev.tsunagu.server.demo.PhonebookSeed;
import dev.tsunagu.server.tenant.TenantId;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo's customers in the common phonebook, so a dev phone call shows a name in the workspace. */
@Component
class DemoPhonebook implements PhonebookSeed {

    private final Phonebooks books;

    DemoPhonebook(Phonebooks books) {
        this.books = books;
    }

    @Override
    @Transactional
    public void seedIfEmpty(TenantId tenant, List<Customer> customers) {
        if (books.count(tenant, Phonebook.COMMON, null) > 0) {
            return;
        }
        for (Customer c : customers) {
            books.insert(tenant, Phonebook.COMMON,
                    PhonebookRules.check(new PhonebookDraft(c.number(), c.name(), c.nameKana(), c.company(), c.memo())));
        }
    }
}
