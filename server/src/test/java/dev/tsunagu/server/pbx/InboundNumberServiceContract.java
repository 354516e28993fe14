package dev.tsunagu.server.pbx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The company's numbers as stored, with the rules that need the database. */
abstract class InboundNumberServiceContract {

    @Autowired
    InboundNumberService service;

    @Autowired
    DemoNumbers demo;

    @Autowired
    Accounts accounts;

    @Autowired
    Tenants tenants;

    TenantId tenant;

    @BeforeEach
    void freshTenantWithExtensions() {
        tenant = FreshTenant.in(tenants);
        StoredAccounts.store(accounts, tenant, "one", Role.USER, "201", true);
        StoredAccounts.store(accounts, tenant, "two", Role.USER, "202", true);
    }

    static InboundNumberBody.Draft draft(String number, String extension, String label) {
        return new InboundNumberBody.Draft(number, extension, label);
    }

    static void assertRefused(ThrowingCallable call, FieldProblem... problems) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsExactlyInAnyOrder(problems));
    }

    @Test
    void aNewTenantHasNoNumbers() {
        assertThat(service.numbers(tenant)).isEmpty();
        assertThat(service.mainNumber(tenant)).isEmpty();
    }

    @Test
    void numbersAreNormalisedStoredSortedAndChanged() {
        InboundNumber sales = service.create(tenant, draft("+81 50-1234-9999", "202", "  Sales  "));
        service.create(tenant, draft("0312345678", "201", ""));

        assertThat(sales.number()).isEqualTo("05012349999");
        assertThat(sales.label()).isEqualTo("Sales");
        assertThat(service.numbers(tenant)).extracting(InboundNumber::number, InboundNumber::extension, InboundNumber::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("0312345678", "201", null),
                        org.assertj.core.groups.Tuple.tuple("05012349999", "202", "Sales"));

        InboundNumber moved = service.update(tenant, sales.id(), draft("05012349999", "201", null));
        assertThat(moved).isEqualTo(new InboundNumber(sales.id(), "05012349999", "201", null));

        service.delete(tenant, sales.id());
        assertThat(service.numbers(tenant)).extracting(InboundNumber::number).containsExactly("0312345678");
        assertThatThrownBy(() -> service.delete(tenant, sales.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aNumberIsTakenOncePerTenant() {
        service.create(tenant, draft("0501234567", "201", null));

        assertRefused(() -> service.create(tenant, draft("050-123-4567", "202", null)),
                FieldProblem.of("number", Code.duplicate));
        TenantId other = FreshTenant.in(tenants);
        StoredAccounts.store(accounts, other, "elsewhere", Role.USER, "201", true);
        service.create(other, draft("0501234567", "201", null));
        assertThat(service.numbers(other)).hasSize(1);
    }

    @Test
    void aNumberKeepsItselfWhenChanged() {
        InboundNumber number = service.create(tenant, draft("0501234567", "201", null));
        service.create(tenant, draft("0501234568", "201", null));

        service.update(tenant, number.id(), draft("0501234567", "202", "Moved"));
        assertRefused(() -> service.update(tenant, number.id(), draft("0501234568", "202", null)),
                FieldProblem.of("number", Code.duplicate));
    }

    @Test
    void everyProblemIsReportedAtOnceAndNothingIsSaved() {
        assertRefused(() -> service.create(tenant, draft("", "", "x".repeat(51))),
                FieldProblem.of("number", Code.required), FieldProblem.of("extension", Code.required),
                FieldProblem.of("label", Code.tooLong));
        assertRefused(() -> service.create(tenant, draft("5012345678", "999", null)),
                FieldProblem.of("number", Code.invalidFormat), FieldProblem.of("extension", Code.unknownExtension));
        assertRefused(() -> service.create(tenant, draft("05012a4567", "201", null)), FieldProblem.of("number", Code.invalidFormat));
        assertRefused(() -> service.create(tenant, draft("050123456", "201", null)), FieldProblem.of("number", Code.tooShort));
        assertRefused(() -> service.create(tenant, draft("050123456789", "201", null)), FieldProblem.of("number", Code.tooLong));
        assertThat(service.numbers(tenant)).isEmpty();
    }

    @Test
    void anUnknownNumberIsNotFound() {
        assertThatThrownBy(() -> service.update(tenant, 999_999, draft("0501234567", "201", null)))
                .isInstanceOf(NotFoundException.class);
        TenantId other = FreshTenant.in(tenants);
        InboundNumber theirs = service.create(tenant, draft("0501234567", "201", null));
        assertThatThrownBy(() -> service.delete(other, theirs.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theMainNumberIsSetNormalisedAndCleared() {
        assertThat(service.saveMainNumber(tenant, "+81-50-1234-5678")).contains("05012345678");
        assertThat(service.mainNumber(tenant)).contains("05012345678");
        assertThat(service.mainNumber(FreshTenant.in(tenants))).isEmpty();

        assertRefused(() -> service.saveMainNumber(tenant, "12345"), FieldProblem.of("mainNumber", Code.invalidFormat));
        assertThat(service.mainNumber(tenant)).contains("05012345678");

        assertThat(service.saveMainNumber(tenant, " ")).isEqualTo(Optional.empty());
        assertThat(service.mainNumber(tenant)).isEmpty();
    }

    @Test
    void theDemoNumbersGoOnlyIntoATenantWithoutNumbers() {
        demo.seedIfNone(tenant, "0501234567", Map.of("0501234567", "201", "0501234202", "202"));
        assertThat(service.numbers(tenant)).extracting(InboundNumber::number).containsExactly("0501234202", "0501234567");
        assertThat(service.mainNumber(tenant)).contains("0501234567");

        service.saveMainNumber(tenant, "0312345678");
        demo.seedIfNone(tenant, "0501234567", Map.of("0501239999", "201"));
        assertThat(service.numbers(tenant)).hasSize(2);
        assertThat(service.mainNumber(tenant)).contains("0312345678");
    }
}
