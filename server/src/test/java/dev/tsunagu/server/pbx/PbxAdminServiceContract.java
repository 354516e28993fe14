package dev.tsunagu.server.pbx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagu.server.identity.Account;
import dev.tsunagu.server.identity.AccountDraft;
import dev.tsunagu.server.identity.AccountService;
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
import dev.tsunagu.telephony.settings.GuidanceLanguage;
import dev.tsunagu.telephony.settings.ParkingRules;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The PBX settings and pickup groups as stored, with the rules that need the database. */
abstract class PbxAdminServiceContract {

    @Autowired
    PbxAdminService service;

    @Autowired
    AccountService accountService;

    @Autowired
    Accounts accounts;

    @Autowired
    Tenants tenants;

    TenantId tenant;

    @BeforeEach
    void freshTenant() {
        tenant = FreshTenant.in(tenants);
    }

    Account account(String login, String extension) {
        return StoredAccounts.store(accounts, tenant, login, Role.USER, extension, true);
    }

    static PbxSettingsBody.Draft pbx(String first, String last, String timeout, String language) {
        return new PbxSettingsBody.Draft(first, last, timeout, language);
    }

    static PickupGroupBody.Draft group(String name, String... extensions) {
        return new PickupGroupBody.Draft(name, List.of(extensions));
    }

    static void assertRefused(ThrowingCallable call, FieldProblem... problems) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsExactlyInAnyOrder(problems));
    }

    @Test
    void nothingSavedReadsAsTheDefaults() {
        assertThat(service.options(tenant)).isEqualTo(new PbxOptions(ParkingRules.DEFAULT, GuidanceLanguage.JA));
        assertThat(service.groups(tenant)).isEmpty();
    }

    @Test
    void savedSettingsAreReadBackAndOverwritten() {
        service.saveOptions(tenant, pbx(" 801 ", "850", "5", "en"));
        assertThat(service.options(tenant))
                .isEqualTo(new PbxOptions(new ParkingRules(801, 850, Duration.ofSeconds(5)), GuidanceLanguage.EN));

        service.saveOptions(tenant, pbx("7001", "7100", "3600", "ja"));
        assertThat(service.options(tenant))
                .isEqualTo(new PbxOptions(new ParkingRules(7001, 7100, Duration.ofSeconds(3600)), GuidanceLanguage.JA));
    }

    @Test
    void settingsBelongToOneTenant() {
        service.saveOptions(tenant, pbx("801", "810", "60", "en"));

        assertThat(service.options(FreshTenant.in(tenants))).isEqualTo(PbxOptions.DEFAULT);
    }

    @Test
    void everySettingsProblemIsReportedAtOnce() {
        assertRefused(() -> service.saveOptions(tenant, pbx("12", "abc", "4", "de")),
                FieldProblem.of("parkFirst", Code.tooShort), FieldProblem.of("parkLast", Code.invalidFormat),
                FieldProblem.of("parkTimeoutSeconds", Code.outOfRange), FieldProblem.of("guidanceLanguage", Code.unknownValue));
        assertThat(service.options(tenant)).isEqualTo(PbxOptions.DEFAULT);
    }

    @Test
    void theParkingLotCannotCoverAnExtension() {
        account("eve", "805");
        account("outside", "0810");

        assertRefused(() -> service.saveOptions(tenant, pbx("801", "820", "300", "ja")),
                FieldProblem.of("parkFirst", Code.includesExtension));
        service.saveOptions(tenant, pbx("806", "820", "300", "ja"));
        assertThat(service.options(tenant).parking()).isEqualTo(new ParkingRules(806, 820, Duration.ofSeconds(300)));
    }

    @Test
    void anAccountCannotTakeAParkSlotAsItsExtension() {
        AccountDraft draft = new AccountDraft("parker", "Parker", "USER", "705", true, "long-enough-1");
        assertThatThrownBy(() -> accountService.create(tenant, draft)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsExactly(FieldProblem.of("extension", Code.parkSlot)));

        service.saveOptions(tenant, pbx("801", "820", "300", "ja"));
        long id = account("walker", "301").id();
        assertThatThrownBy(() -> accountService.update(tenant, -1, id, new AccountDraft(null, "Walker", "USER", "815", true, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly(FieldProblem.of("extension", Code.parkSlot)));
        assertThat(accountService.update(tenant, -1, id, new AccountDraft(null, "Walker", "USER", "705", true, null)).extension())
                .isEqualTo("705");
    }

    @Test
    void aGroupIsStoredWithItsExtensionsSorted() {
        account("a", "202");
        account("b", "201");
        account("c", "1003");

        PickupGroup created = service.createGroup(tenant, group(" Sales ", "202", " 201", "201"));

        assertThat(created).isEqualTo(new PickupGroup(created.id(), "Sales", List.of("201", "202")));
        assertThat(service.groups(tenant)).containsExactly(created);
        PickupGroup updated = service.updateGroup(tenant, created.id(), group("Sales floor", "1003", "202"));
        assertThat(updated).isEqualTo(new PickupGroup(created.id(), "Sales floor", List.of("1003", "202")));
    }

    @Test
    void groupsAreListedByName() {
        account("a", "201");
        account("b", "202");
        service.createGroup(tenant, group("support", "202"));
        service.createGroup(tenant, group("billing"));
        service.createGroup(tenant, group("sales", "201"));

        assertThat(service.groups(tenant)).extracting(PickupGroup::name).containsExactly("billing", "sales", "support");
    }

    @Test
    void groupsBelongToOneTenant() {
        account("a", "201");
        PickupGroup mine = service.createGroup(tenant, group("Sales", "201"));
        TenantId other = FreshTenant.in(tenants);

        assertThat(service.groups(other)).isEmpty();
        assertThatThrownBy(() -> service.updateGroup(other, mine.id(), group("Stolen"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.deleteGroup(other, mine.id())).isInstanceOf(NotFoundException.class);
        service.createGroup(other, group("Sales"));
        assertThat(service.groups(tenant)).containsExactly(mine);
    }

    @Test
    void aGroupNameIsUniqueInTheTenant() {
        PickupGroup sales = service.createGroup(tenant, group("Sales"));
        PickupGroup support = service.createGroup(tenant, group("Support"));

        assertRefused(() -> service.createGroup(tenant, group("Sales")), FieldProblem.of("name", Code.duplicate));
        assertRefused(() -> service.updateGroup(tenant, support.id(), group("Sales")), FieldProblem.of("name", Code.duplicate));
        assertThat(service.updateGroup(tenant, sales.id(), group("Sales")).name()).isEqualTo("Sales");
    }

    @Test
    void membersMustBeExtensionsOfTheTenant() {
        account("a", "201");
        TenantId other = FreshTenant.in(tenants);
        StoredAccounts.store(accounts, other, "elsewhere", Role.USER, "299", true);

        assertRefused(() -> service.createGroup(tenant, group("Sales", "201", "299")), FieldProblem.of("extensions", Code.unknownExtension));
        assertRefused(() -> service.createGroup(tenant, group("Sales", "abc")), FieldProblem.of("extensions", Code.unknownExtension));
        assertThat(service.groups(tenant)).isEmpty();
    }

    @Test
    void anExtensionIsInOneGroupAtMost() {
        account("a", "201");
        account("b", "202");
        PickupGroup sales = service.createGroup(tenant, group("Sales", "201"));
        PickupGroup support = service.createGroup(tenant, group("Support", "202"));

        assertRefused(() -> service.createGroup(tenant, group("Billing", "201")), FieldProblem.of("extensions", Code.inOtherGroup));
        assertRefused(() -> service.updateGroup(tenant, support.id(), group("Support", "202", "201")),
                FieldProblem.of("extensions", Code.inOtherGroup));
        assertThat(service.updateGroup(tenant, sales.id(), group("Sales", "201")).extensions()).containsExactly("201");
        service.updateGroup(tenant, sales.id(), group("Sales"));
        assertThat(service.updateGroup(tenant, support.id(), group("Support", "202", "201")).extensions())
                .containsExactly("201", "202");
    }

    @Test
    void everyGroupProblemIsReportedAtOnce() {
        assertRefused(() -> service.createGroup(tenant, new PickupGroupBody.Draft("x".repeat(51), List.of("999"))),
                FieldProblem.of("name", Code.tooLong), FieldProblem.of("extensions", Code.unknownExtension));
    }

    @Test
    void aGroupWithoutExtensionsIsAllowed() {
        assertThat(service.createGroup(tenant, new PickupGroupBody.Draft("Empty", null)).extensions()).isEmpty();
    }

    @Test
    void deletingAGroupFreesItsExtensions() {
        account("a", "201");
        PickupGroup sales = service.createGroup(tenant, group("Sales", "201"));

        service.deleteGroup(tenant, sales.id());

        assertThat(service.groups(tenant)).isEmpty();
        assertThat(service.createGroup(tenant, group("Support", "201")).extensions()).containsExactly("201");
        assertThatThrownBy(() -> service.deleteGroup(tenant, sales.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.updateGroup(tenant, sales.id(), group("Sales"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAccountThatGoesTakesItsExtensionOutOfItsGroup() {
        Account admin = StoredAccounts.store(accounts, tenant, "root", Role.ADMIN, null, false);
        Account leaver = account("leaver", "201");
        Account mover = account("mover", "202");
        account("stayer", "203");
        PickupGroup sales = service.createGroup(tenant, group("Sales", "201", "202", "203"));

        accountService.delete(tenant, admin.id(), leaver.id());
        accountService.update(tenant, admin.id(), mover.id(), new AccountDraft(null, "Mover", "USER", "204", true, null));

        assertThat(service.groups(tenant)).containsExactly(new PickupGroup(sales.id(), "Sales", List.of("203")));
        assertThat(service.createGroup(tenant, group("Others", "204")).extensions()).containsExactly("204");
    }
}
