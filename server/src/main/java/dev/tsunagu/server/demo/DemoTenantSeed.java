package dev.tsunagu.server.demo;

import dev.tsunagu.server.identity.AccountDraft;
import dev.tsunagu.server.identity.AccountService;
import dev.tsunagu.server.identity.Accounts;
import dev.tsunagu.server.tenant.HomeTenant;
import dev.tsunagu.server.tenant.TenantId;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo tenant's people (DESIGN §5): four communicators on extensions 201–204, a supervisor
 * and an admin, all with the password {@value #PASSWORD}. Seeded once, into an empty tenant. The
 * company's numbers: the main number {@value #MAIN_NUMBER} (to agent1's extension until call
 * centers exist) and a direct number per agent (0501234201–0501234204), seeded into a tenant that
 * has none, so an older demo database gets them too; two customers in the common phonebook.
 */
@Component
class DemoTenantSeed {

    static final String PASSWORD = "demo";
    static final List<AccountDraft> ACCOUNTS = List.of(
            new AccountDraft("agent1", "Agent One", "USER", "201", true, PASSWORD),
            new AccountDraft("agent2", "Agent Two", "USER", "202", true, PASSWORD),
            new AccountDraft("agent3", "Agent Three", "USER", "203", true, PASSWORD),
            new AccountDraft("agent4", "Agent Four", "USER", "204", true, PASSWORD),
            new AccountDraft("supervisor1", "Supervisor One", "SUPERVISOR", null, false, PASSWORD),
            new AccountDraft("admin", "Administrator", "ADMIN", null, false, PASSWORD));

    static final String MAIN_NUMBER = "0501234567";
    /** Each agent's own number; the main number reaches the call center "Support" (サポート). */
    static final Map<String, String> NUMBERS = Map.of(
            "0501234201", "201",
            "0501234202", "202",
            "0501234203", "203",
            "0501234204", "204");
    /**
     * Business labels (業務ラベル) of inbound numbers; none in the demo, whose main number's calls take
     * the call center's label (サポート).
     */
    static final Map<String, String> LABELS = Map.of();

    /** The dev phone's default number is a known customer; 08022223333 is another dev phone's. */
    static final List<PhonebookSeed.Customer> CUSTOMERS = List.of(
            new PhonebookSeed.Customer("09012345678", "山田 太郎", "ヤマダ タロウ", "山田商事", "午後2時以降の連絡を希望"),
            new PhonebookSeed.Customer("08022223333", "佐藤 花子", "サトウ ハナコ", "さくら銀行", null));

    private static final Logger log = LoggerFactory.getLogger(DemoTenantSeed.class);

    private final Accounts accounts;
    private final AccountService service;
    private final HomeTenant home;
    private final CompanyNumbersSeed numbers;
    private final PhonebookSeed phonebook;
    private final CallCenterSeed callCenter;

    DemoTenantSeed(Accounts accounts, AccountService service, HomeTenant home, CompanyNumbersSeed numbers,
                   PhonebookSeed phonebook, CallCenterSeed callCenter) {
        this.callCenter = callCenter;
        this.phonebook = phonebook;
        this.accounts = accounts;
        this.service = service;
        this.home = home;
        this.numbers = numbers;
    }

    @Transactional
    void seedIfEmpty() {
        TenantId tenant = home.id();
        if (accounts.count(tenant) == 0) {
            ACCOUNTS.forEach(draft -> service.createWithDefaultPassword(tenant, draft));
            log.info("Seeded the demo tenant: {} accounts", ACCOUNTS.size());
        }
        numbers.seedIfNone(tenant, MAIN_NUMBER, NUMBERS, LABELS);
        phonebook.seedIfEmpty(tenant, CUSTOMERS);
        // Short enough for a demo (and an end-to-end test) to watch a call go through after-call work.
        callCenter.seedIfNone(tenant, "Support", "サポート", List.of(MAIN_NUMBER), List.of("agent1", "agent2"), 15, 10, 120);
    }
}
