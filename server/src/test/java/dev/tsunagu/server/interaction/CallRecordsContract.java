package dev.tsunagu.server.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagu.server.identity.Account;
import dev.tsunagu.server.identity.Accounts;
import dev.tsunagu.server.identity.Role;
import dev.tsunagu.server.identity.StoredAccounts;
import dev.tsunagu.server.support.FieldProblem;
import dev.tsunagu.server.support.FieldProblem.Code;
import dev.tsunagu.server.support.InvalidInputException;
import dev.tsunagu.server.tenant.FreshTenant;
import dev.tsunagu.server.tenant.TenantId;
import dev.tsunagu.server.tenant.Tenants;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Tags and notes as stored, on both databases. */
abstract class CallRecordsContract {

    @Autowired
    CallRecords records;

    @Autowired
    TagService tagService;

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
    void tagsAndEachAgentsNoteBelongToTheCall() {
        Tag complaint = tagService.create(tenant, " 苦情 ");
        Tag vip = tagService.create(tenant, "VIP");
        assertThat(records.addTag(tenant, "call-1", vip.id(), sato.id())).isTrue();
        assertThat(records.addTag(tenant, "call-1", vip.id(), kato.id())).as("once per call").isFalse();
        records.addTag(tenant, "call-1", complaint.id(), sato.id());
        records.saveNote(tenant, "call-1", sato.id(), "First words");
        records.saveNote(tenant, "call-1", sato.id(), "Sato's note, edited");
        records.saveNote(tenant, "call-1", kato.id(), "Kato after the transfer");

        var all = records.of(tenant, List.of("call-1", "call-2"));
        assertThat(all.get("call-1").tags()).extracting(Tag::name).containsExactly("VIP", "苦情");
        assertThat(all.get("call-1").notes()).extracting(CallNote::author, CallNote::body)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(sato.name(), "Sato's note, edited"),
                        org.assertj.core.groups.Tuple.tuple(kato.name(), "Kato after the transfer"));
        assertThat(all.get("call-2")).isEqualTo(CallRecord.empty("call-2"));

        records.removeTag(tenant, "call-1", vip.id());
        records.deleteNote(tenant, "call-1", kato.id());
        tagService.delete(tenant, complaint.id());
        assertThat(records.of(tenant, List.of("call-1")).get("call-1").tags()).isEmpty();
        assertThat(records.of(tenant, List.of("call-1")).get("call-1").notes()).hasSize(1);
        assertThat(records.of(FreshTenant.in(tenants), List.of("call-1")).get("call-1").notes()).as("other tenant").isEmpty();
    }

    @Test
    void aThousandCharacterNoteIsKeptAndOneMoreIsRefused() {
        String thousand = "あ".repeat(999) + "😀";
        records.saveNote(tenant, "call-1", sato.id(), InteractionRules.note(thousand));
        assertThat(records.of(tenant, List.of("call-1")).get("call-1").notes().getFirst().body()).isEqualTo(thousand);
        assertThatThrownBy(() -> InteractionRules.note(thousand + "x")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsExactly(FieldProblem.of("body", Code.tooLong)));
    }

    @Test
    void tagNamesAreCheckedAndUnique() {
        tagService.create(tenant, "VIP");
        for (String bad : new String[] {"", "   ", "x".repeat(31)}) {
            assertThatThrownBy(() -> tagService.create(tenant, bad)).isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> tagService.create(tenant, " VIP ")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsExactly(FieldProblem.of("name", Code.duplicate)));
        assertThat(tagService.create(FreshTenant.in(tenants), "VIP").name()).as("another tenant may").isEqualTo("VIP");
    }
}
