package dev.tsunagu.server.directory;

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
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Phonebooks as stored: the rules, caller lookup order, CSV import and export. */
abstract class PhonebookServiceContract {

    @Autowired
    PhonebookService service;

    @Autowired
    Accounts accounts;

    @Autowired
    Tenants tenants;

    TenantId tenant;
    Phonebook own;

    @BeforeEach
    void freshTenant() {
        tenant = FreshTenant.in(tenants);
        StoredAccounts.store(accounts, tenant, "sato", Role.USER, "201", true);
        StoredAccounts.store(accounts, tenant, "kato", Role.USER, "202", true);
        own = service.book(tenant, "201");
    }

    static PhonebookDraft entry(String number, String name) {
        return new PhonebookDraft(number, name, null, null, null);
    }

    static void assertRefused(ThrowingCallable call, FieldProblem... problems) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsExactlyInAnyOrder(problems));
    }

    @Test
    void entriesAreStoredNormalisedAndFoundByTheCallersNumber() {
        PhonebookEntry created = service.create(tenant, Phonebook.COMMON,
                new PhonebookDraft("+81 3-1234-5678", " 山田 太郎 ", "ヤマダ タロウ", "山田商事", "VIP"));
        assertThat(created.number()).isEqualTo("0312345678");
        assertThat(created.name()).isEqualTo("山田 太郎");
        assertThat(service.lookup(tenant, "202", "03-1234-5678")).contains(created);
        assertThat(service.lookup(tenant, "202", "0399999999")).isEmpty();
        assertThat(service.lookup(tenant, "202", "garbage")).isEmpty();
    }

    @Test
    void anExtensionsOwnEntryComesBeforeTheCommonOne() {
        service.create(tenant, Phonebook.COMMON, entry("0312345678", "Yamada (common)"));
        service.create(tenant, own, entry("0312345678", "Yamada-san, my customer"));
        assertThat(service.lookup(tenant, "201", "0312345678").orElseThrow().name()).isEqualTo("Yamada-san, my customer");
        assertThat(service.lookup(tenant, "202", "0312345678").orElseThrow().name()).isEqualTo("Yamada (common)");
        assertThat(service.lookup(FreshTenant.in(tenants), "201", "0312345678")).as("other tenants see nothing").isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertRefused(() -> service.create(tenant, Phonebook.COMMON, new PhonebookDraft("03-abc", " ", null, "x".repeat(101),
                        "m".repeat(1001))),
                FieldProblem.of("number", Code.invalidFormat), FieldProblem.of("name", Code.required),
                FieldProblem.of("company", Code.tooLong), FieldProblem.of("memo", Code.tooLong));
        service.create(tenant, Phonebook.COMMON, entry("0312345678", "Yamada"));
        assertRefused(() -> service.create(tenant, Phonebook.COMMON, entry("03 1234 5678", "Other")),
                FieldProblem.of("number", Code.duplicate));
        assertThat(service.page(tenant, Phonebook.COMMON, null, 1).total()).isEqualTo(1);
    }

    @Test
    void unknownBooksAndEntriesAreNotFound() {
        assertThatThrownBy(() -> service.book(tenant, "299")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.book(tenant, "../etc")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.update(tenant, own, 999_999, entry("0312345678", "X"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.delete(tenant, own, 999_999)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void searchAndPaging() {
        for (int i = 0; i < 55; i++) {
            service.create(tenant, Phonebook.COMMON, entry("03000000%02d".formatted(i), "Customer %02d".formatted(i)));
        }
        service.create(tenant, Phonebook.COMMON, new PhonebookDraft("0311112222", "鈴木", "スズキ", "100%_Co", null));
        assertThat(service.page(tenant, Phonebook.COMMON, null, 2).entries()).hasSize(6);
        assertThat(service.page(tenant, Phonebook.COMMON, "スズキ", 1).entries()).extracting(PhonebookEntry::name).containsExactly("鈴木");
        assertThat(service.page(tenant, Phonebook.COMMON, "100%_", 1).total()).as("wildcards are literal").isEqualTo(1);
        assertThat(service.page(tenant, Phonebook.COMMON, "%", 1).total()).isEqualTo(1);
        assertRefused(() -> service.page(tenant, Phonebook.COMMON, null, 0), FieldProblem.of("page", Code.outOfRange));
    }

    @Test
    void aCsvFileImportsAndExportsRoundTrip() {
        String csv = "電話番号,名前,フリガナ,会社名,メモ\r\n"
                + "03-1234-5678,山田 太郎,ヤマダ タロウ,山田商事,\"line one\nline two, with \"\"quotes\"\"\"\r\n"
                + "090-1111-2222,=HYPERLINK(\"x\"),,,\r\n"
                + ",,,,\r\n";
        var imported = service.importCsv(tenant, own, csv.getBytes(StandardCharsets.UTF_8), false);
        assertThat(imported).isEqualTo(new PhonebookService.Imported(2, 0, 0));
        PhonebookEntry yamada = service.lookup(tenant, "201", "0312345678").orElseThrow();
        assertThat(yamada.memo()).isEqualTo("line one\nline two, with \"quotes\"");

        byte[] exported = service.exportCsv(tenant, own);
        String text = new String(exported, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"number\",\"name\"");
        assertThat(text).as("formulas are written as text").contains("\"'=HYPERLINK(\"\"x\"\")\"");

        Phonebook other = service.book(tenant, "202");
        assertThat(service.importCsv(tenant, other, exported, false)).isEqualTo(new PhonebookService.Imported(2, 0, 0));
        assertThat(service.lookup(tenant, "202", "09011112222").orElseThrow().name()).isEqualTo("=HYPERLINK(\"x\")");
        assertThat(service.lookup(tenant, "202", "0312345678").orElseThrow().memo()).isEqualTo(yamada.memo());
    }

    @Test
    void aShiftJisFileFromExcelIsReadAsSuch() {
        String csv = "number,name\r\n0312345678,山田 太郎\r\n";
        service.importCsv(tenant, own, csv.getBytes(Charset.forName("windows-31j")), false);
        assertThat(service.lookup(tenant, "201", "0312345678").orElseThrow().name()).isEqualTo("山田 太郎");
    }

    @Test
    void importUpdatesByNumberOrReplacesTheBook() {
        service.create(tenant, own, entry("0312345678", "Old name"));
        service.create(tenant, own, entry("0399999999", "Gone after replace"));
        byte[] file = "number,name\n0312345678,New name\n0322223333,Added\n".getBytes(StandardCharsets.UTF_8);
        assertThat(service.importCsv(tenant, own, file, false)).isEqualTo(new PhonebookService.Imported(1, 1, 0));
        assertThat(service.lookup(tenant, "201", "0312345678").orElseThrow().name()).isEqualTo("New name");
        assertThat(service.importCsv(tenant, own, file, true)).isEqualTo(new PhonebookService.Imported(2, 0, 3));
        assertThat(service.page(tenant, own, null, 1).total()).isEqualTo(2);
    }

    @Test
    void aFileWithOneBadRowChangesNothing() {
        service.create(tenant, own, entry("0312345678", "Kept"));
        byte[] file = "number,name\n0312345678,Changed\nnot a number,Bad\n0322223333,\n0344445555,Twice\n0344445555,Twice\n"
                .getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> service.importCsv(tenant, own, file, true),
                FieldProblem.of("rows[2].number", Code.invalidFormat), FieldProblem.of("rows[3].name", Code.required),
                FieldProblem.of("rows[5].number", Code.duplicate));
        assertThat(service.lookup(tenant, "201", "0312345678").orElseThrow().name()).isEqualTo("Kept");
        assertThat(service.page(tenant, own, null, 1).total()).isEqualTo(1);
    }

    @Test
    void badFilesAreRefusedWithTheReason() {
        assertRefused(() -> service.importCsv(tenant, own, new byte[0], false), FieldProblem.of("file", Code.required));
        assertRefused(() -> service.importCsv(tenant, own, "name,phone\nA,1\n".getBytes(StandardCharsets.UTF_8), false),
                FieldProblem.of("header[2]", Code.unknownValue), FieldProblem.of("header.number", Code.required));
        assertRefused(() -> service.importCsv(tenant, own, "number,name,name\n".getBytes(StandardCharsets.UTF_8), false),
                FieldProblem.of("header[3]", Code.duplicate));
        assertRefused(() -> service.importCsv(tenant, own, "number,name\n\"0312345678,unterminated\n".getBytes(StandardCharsets.UTF_8),
                false), FieldProblem.of("file", Code.invalidFormat));
    }
}
