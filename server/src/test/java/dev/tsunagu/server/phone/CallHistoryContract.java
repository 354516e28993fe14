package dev.tsunagu.server.phone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.server.identity.Account;
import dev.tsunagu.server.identity.Accounts;
import dev.tsunagu.server.identity.Role;
import dev.tsunagu.server.identity.StoredAccounts;
import dev.tsunagu.server.tenant.FreshTenant;
import dev.tsunagu.server.tenant.TenantId;
import dev.tsunagu.server.tenant.Tenants;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The softphone history as stored: the newest 200 per account, whatever their kind, 9 a page. */
abstract class CallHistoryContract {

    @Autowired
    CallHistory history;

    @Autowired
    Accounts accounts;

    @Autowired
    Tenants tenants;

    TenantId tenant;
    Account sato;
    Account kato;

    @BeforeEach
    void freshTenant() {
        tenant = FreshTenant.in(tenants);
        sato = StoredAccounts.store(accounts, tenant, "sato", Role.USER, "201", true);
        kato = StoredAccounts.store(accounts, tenant, "kato", Role.USER, "202", true);
    }

    @Test
    void theNewestTwoHundredAreKeptAcrossKinds() {
        Instant start = Instant.parse("2026-12-01T00:00:00Z");
        for (int i = 0; i < 205; i++) {
            HistoryKind kind = i % 2 == 0 ? HistoryKind.OUTGOING : HistoryKind.ANSWERED;
            // Two entries share each second, so the cut also has to order by id.
            history.add(tenant, sato.id(), kind, "call-" + i, "0312345" + "%03d".formatted(i), null, start.plusSeconds(i / 2), 10);
        }
        history.add(tenant, kato.id(), HistoryKind.MISSED, "other", "0399999999", null, start, 0);

        int outgoing = total(HistoryKind.OUTGOING);
        int answered = total(HistoryKind.ANSWERED);
        assertThat(outgoing + answered).isEqualTo(CallHistory.KEPT);
        assertThat(oldestOutgoing()).as("the five oldest went").isEqualTo("0312345006");
        assertThat(history.page(tenant, kato.id(), HistoryKind.MISSED, 0).entries()).hasSize(1);
    }

    @Test
    void pagesHoldNineNewestFirst() {
        Instant start = Instant.parse("2026-12-01T00:00:00Z");
        for (int i = 0; i < 10; i++) {
            history.add(tenant, sato.id(), HistoryKind.MISSED, "call-" + i, "03000000" + "%02d".formatted(i), "N", start.plusSeconds(i), 0);
        }
        CallHistory.Page first = history.page(tenant, sato.id(), HistoryKind.MISSED, 0);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(first.entries()).hasSize(CallHistory.PAGE_SIZE);
        assertThat(first.entries().getFirst().number()).isEqualTo("0300000009");
        assertThat(history.page(tenant, sato.id(), HistoryKind.MISSED, 5).entries()).as("past the end: the last page").hasSize(1);
    }

    private int total(HistoryKind kind) {
        int count = 0;
        for (int page = 0; page < 30; page++) {
            CallHistory.Page p = history.page(tenant, sato.id(), kind, page);
            if (p.page() != page) {
                break;
            }
            count += p.entries().size();
        }
        return count;
    }

    private String oldestOutgoing() {
        CallHistory.Page first = history.page(tenant, sato.id(), HistoryKind.OUTGOING, 0);
        CallHistory.Page last = history.page(tenant, sato.id(), HistoryKind.OUTGOING, first.pages() - 1);
        return last.entries().getLast().number();
    }
}
