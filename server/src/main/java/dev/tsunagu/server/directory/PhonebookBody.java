package dev.tsunagu.server.directory;

import java.util.List;

/** The phonebook JSON of the REST API (docs/protocol.md, "Phonebooks"). */
final class PhonebookBody {

    private PhonebookBody() {
    }

    record Draft(String number, String name, String nameKana, String company, String memo) {
        PhonebookDraft toDraft() {
            return new PhonebookDraft(number, name, nameKana, company, memo);
        }
    }

    record Entry(long id, String book, String number, String name, String nameKana, String company, String memo) {
        static Entry of(PhonebookEntry e) {
            return new Entry(e.id(), e.book().isEmpty() ? Phonebook.COMMON_NAME : e.book(), e.number(), e.name(), e.nameKana(),
                    e.company(), e.memo());
        }
    }

    record Page(List<Entry> entries, long total, int page, int pageSize) {
        static Page of(PhonebookService.Page page) {
            return new Page(page.entries().stream().map(Entry::of).toList(), page.total(), page.page(), page.pageSize());
        }
    }
}
