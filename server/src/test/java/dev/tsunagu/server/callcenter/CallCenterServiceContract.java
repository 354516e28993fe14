package dev.tsunagu.server.callcenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagu.server.identity.Account;
import dev.tsunagu.server.identity.Accounts;
import dev.tsunagu.server.identity.Role;
import dev.tsunagu.server.identity.StoredAccounts;
import dev.tsunagu.server.support.FieldProblem;
import dev.tsunagu.server.support.FieldProblem.Code;
import dev.tsunagu.server.support.InvalidInputException;
import dev.tsunagu.server.support.NotFoundException;
import dev.tsunagu.server.tenant.FreshTenant;
import dev.tsunagu.server.tenant.TenantId;
import dev.tsunagu.server.tenant.Tenants;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Call centers as stored, with the rules that need the database; each test in a tenant of its own. */
abstract class CallCenterServiceContract {

    @Autowired
    CallCenterService service;

    @Autowired
    Accounts accounts;

    @Autowired
    Tenants tenants;

    TenantId tenant;
    Account one;
    Account two;
    Account notAnAgent;

    @BeforeEach
    void freshTenantWithAgents() {
        tenant = FreshTenant.in(tenants);
        one = StoredAccounts.store(accounts, tenant, "one", Role.USER, "201", true);
        two = StoredAccounts.store(accounts, tenant, "two", Role.USER, "202", true);
        notAnAgent = StoredAccounts.store(accounts, tenant, "boss", Role.SUPERVISOR, "299", false);
    }

    CallCenterBody.Draft draft(String name, List<String> numbers, List<CallCenterBody.MemberBody> members) {
        return new CallCenterBody.Draft(name, numbers, members, "LONGEST_IDLE", 15, 10, 120, "MESSAGE", null, null, "サポート");
    }

    static void assertRefused(ThrowingCallable call, FieldProblem... problems) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsExactlyInAnyOrder(problems));
    }

    @Test
    void aCallCenterIsStoredWithItsNumbersMembersAndSettings() {
        CallCenterSettings support = service.create(tenant, draft(" Support ", List.of("+81 50-1234-5678"),
                List.of(new CallCenterBody.MemberBody(two.id(), 7), new CallCenterBody.MemberBody(one.id(), 3))));

        assertThat(support.name()).isEqualTo("Support");
        assertThat(support.numbers()).containsExactly("05012345678");
        assertThat(support.members()).containsExactly(new CallCenterSettings.Member(two.id(), 7),
                new CallCenterSettings.Member(one.id(), 3));
        assertThat(support.strategy()).isEqualTo(CallCenterSettings.Strategy.LONGEST_IDLE);
        assertThat(support.overflowKind()).isEqualTo(CallCenterSettings.OverflowKind.MESSAGE);
        assertThat(support.businessLabel()).isEqualTo("サポート");
        assertThat(service.all(tenant)).containsExactly(support);
        assertThat(service.callCenterOfNumber(tenant)).containsEntry("05012345678", String.valueOf(support.id()));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        service.create(tenant, draft("Sales", List.of("0312345678"), List.of()));
        CallCenterBody.Draft bad = new CallCenterBody.Draft("Sales", List.of("0312345678", "12", "03123"),
                List.of(new CallCenterBody.MemberBody(notAnAgent.id(), 5), new CallCenterBody.MemberBody(one.id(), 11)),
                "FASTEST", 2, 601, 5, "EXTENSION", null, "999", "x".repeat(51));
        assertRefused(() -> service.create(tenant, bad),
                FieldProblem.of("name", Code.duplicate),
                FieldProblem.of("numbers[0]", Code.duplicate),
                FieldProblem.of("numbers[1]", Code.invalidFormat),
                FieldProblem.of("numbers[2]", Code.tooShort),
                FieldProblem.of("members[0].accountId", Code.unknownValue),
                FieldProblem.of("members[1].skill", Code.outOfRange),
                FieldProblem.of("strategy", Code.unknownValue),
                FieldProblem.of("ringTimeoutSeconds", Code.outOfRange),
                FieldProblem.of("afterCallWorkSeconds", Code.outOfRange),
                FieldProblem.of("maximumWaitSeconds", Code.outOfRange),
                FieldProblem.of("overflowExtension", Code.unknownExtension),
                FieldProblem.of("businessLabel", Code.tooLong));
    }

    @Test
    void overflowTargetsMustExistAndNeverLeadBack() {
        CallCenterSettings first = service.create(tenant, draft("First", List.of(), List.of()));
        CallCenterSettings second = service.create(tenant, new CallCenterBody.Draft("Second", List.of(), List.of(),
                "ROUND_ROBIN", 15, 0, 60, "CALL_CENTER", first.id(), null, null));
        assertThat(second.overflowCallCenterId()).isEqualTo(first.id());

        assertRefused(() -> service.update(tenant, first.id(), new CallCenterBody.Draft("First", List.of(), List.of(),
                "LONGEST_IDLE", 15, 0, 60, "CALL_CENTER", second.id(), null, null)),
                FieldProblem.of("overflowCallCenterId", Code.overflowCycle));
        assertRefused(() -> service.update(tenant, first.id(), new CallCenterBody.Draft("First", List.of(), List.of(),
                "LONGEST_IDLE", 15, 0, 60, "CALL_CENTER", 999_999L, null, null)),
                FieldProblem.of("overflowCallCenterId", Code.unknownValue));
        assertRefused(() -> service.delete(tenant, first.id()), FieldProblem.of("id", Code.inUse));

        service.delete(tenant, second.id());
        service.delete(tenant, first.id());
        assertThat(service.all(tenant)).isEmpty();
    }

    @Test
    void anUpdateReplacesNumbersAndMembersAndOtherTenantsSeeNothing() {
        CallCenterSettings support = service.create(tenant, draft("Support", List.of("0312345678"),
                List.of(new CallCenterBody.MemberBody(one.id(), 5))));
        CallCenterSettings changed = service.update(tenant, support.id(), draft("Support", List.of("0312349999"),
                List.of(new CallCenterBody.MemberBody(two.id(), 9))));
        assertThat(changed.numbers()).containsExactly("0312349999");
        assertThat(changed.members()).containsExactly(new CallCenterSettings.Member(two.id(), 9));

        TenantId other = FreshTenant.in(tenants);
        assertThat(service.all(other)).isEmpty();
        assertThatThrownBy(() -> service.update(other, support.id(), draft("Support", List.of(), List.of())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.delete(other, support.id())).isInstanceOf(NotFoundException.class);
        // The same number may belong to another tenant.
        service.create(other, draft("Support", List.of("0312349999"), List.of()));
    }
}
