package dev.tsunagu.server.directory;

import dev.tsunagu.server.identity.Accounts;
import dev.tsunagu.server.support.FieldProblem;
import dev.tsunagu.server.support.FieldProblem.Code;
import dev.tsunagu.server.support.InvalidInputException;
import dev.tsunagu.server.support.NotFoundException;
import dev.tsunagu.server.tenant.TenantId;
import dev.tsunagu.telephony.dialplan.NumberNormaliser;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Phonebooks (WS-02): the common book and each extension's own, edited by administrators, imported
 * and exported as CSV, and read by the workspace to name a caller — the extension's own entry
 * first, then the common one.
 */
@Service
public class PhonebookService {

    static final int PAGE_SIZE = 50;
    static final int MAX_SEARCH = 100;

    private final Phonebooks books;
    private final Accounts accounts;

    PhonebookService(Phonebooks books, Accounts accounts) {
        this.books = books;
        this.accounts = accounts;
    }

    /** The caller's entry as {@code extension} sees it: its own book first, then the common one. */
    @Transactional(readOnly = true)
    public Optional<PhonebookEntry> lookup(TenantId tenant, String extension, String rawNumber) {
        String number = NumberNormaliser.normalise(rawNumber);
        if (number.isEmpty() || number.length() > PhonebookRules.MAX_DIGITS) {
            return Optional.empty();
        }
        Optional<PhonebookEntry> own = extension == null ? Optional.empty()
                : books.findByNumber(tenant, new Phonebook(extension), number);
        return own.or(() -> books.findByNumber(tenant, Phonebook.COMMON, number));
    }

    /** {@code common} or an existing extension; anything else is not found. */
    Phonebook book(TenantId tenant, String name) {
        if (Phonebook.COMMON_NAME.equals(name)) {
            return Phonebook.COMMON;
        }
        if (name == null || !name.matches("[0-9]{2,8}") || accounts.findByExtension(tenant, name).isEmpty()) {
            throw new NotFoundException("Phonebook " + name);
        }
        return new Phonebook(name);
    }

    record Page(List<PhonebookEntry> entries, long total, int page, int pageSize) {
    }

    @Transactional(readOnly = true)
    Page page(TenantId tenant, Phonebook book, String search, int page) {
        String query = search == null || search.isBlank() ? null : search.strip();
        if (query != null && query.length() > MAX_SEARCH) {
            throw new InvalidInputException(FieldProblem.of("q", Code.tooLong));
        }
        if (page < 1) {
            throw new InvalidInputException(FieldProblem.of("page", Code.outOfRange));
        }
        return new Page(books.page(tenant, book, query, (page - 1) * PAGE_SIZE, PAGE_SIZE), books.count(tenant, book, query),
                page, PAGE_SIZE);
    }

    @Transactional
    PhonebookEntry create(TenantId tenant, Phonebook book, PhonebookDraft draft) {
        PhonebookDraft clean = PhonebookRules.check(draft);
        if (books.findByNumber(tenant, book, clean.number()).isPresent()) {
            throw new InvalidInputException(FieldProblem.of("number", Code.duplicate));
        }
        long id = books.insert(tenant, book, clean);
        return books.find(tenant, book, id).orElseThrow();
    }

    @Transactional
    PhonebookEntry update(TenantId tenant, Phonebook book, long id, PhonebookDraft draft) {
        PhonebookDraft clean = PhonebookRules.check(draft);
        books.find(tenant, book, id).orElseThrow(() -> new NotFoundException("Phonebook entry"));
        if (books.findByNumber(tenant, book, clean.number()).filter(other -> other.id() != id).isPresent()) {
            throw new InvalidInputException(FieldProblem.of("number", Code.duplicate));
        }
        books.update(tenant, book, id, clean);
        return books.find(tenant, book, id).orElseThrow();
    }

    @Transactional
    void delete(TenantId tenant, Phonebook book, long id) {
        if (!books.delete(tenant, book, id)) {
            throw new NotFoundException("Phonebook entry");
        }
    }

    record Imported(int added, int updated, int removed) {
    }

    /**
     * Reads the whole file before changing anything, so a file with one bad row changes nothing.
     * Rows update the entry with the same number or add one; {@code replace} empties the book first.
     */
    @Transactional
    Imported importCsv(TenantId tenant, Phonebook book, byte[] file, boolean replace) {
        List<PhonebookDraft> drafts = PhonebookCsv.read(file);
        int removed = replace ? books.clear(tenant, book) : 0;
        int added = 0;
        int updated = 0;
        for (PhonebookDraft draft : drafts) {
            Optional<PhonebookEntry> existing = books.findByNumber(tenant, book, draft.number());
            if (existing.isPresent()) {
                books.update(tenant, book, existing.get().id(), draft);
                updated++;
            } else {
                books.insert(tenant, book, draft);
                added++;
            }
        }
        return new Imported(added, updated, removed);
    }

    @Transactional(readOnly = true)
    byte[] exportCsv(TenantId tenant, Phonebook book) {
        return PhonebookCsv.write(books.all(tenant, book));
    }
}
