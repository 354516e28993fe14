package dev.tsunagu.server.directory;

import dev.tsunagu.server.identity.AccountPrincipal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Phonebooks in the admin screen: {@code /api/admin/phonebooks/common} and
 * {@code /api/admin/phonebooks/{extension}}. Reading needs SUPERVISOR, changing ADMIN (SecurityConfig).
 */
@RestController
class PhonebookController {

    private final PhonebookService service;

    PhonebookController(PhonebookService service) {
        this.service = service;
    }

    @GetMapping("/api/admin/phonebooks/{book}/entries")
    PhonebookBody.Page entries(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String book,
                               @RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page) {
        return PhonebookBody.Page.of(service.page(me.tenant(), service.book(me.tenant(), book), q, page));
    }

    @PostMapping("/api/admin/phonebooks/{book}/entries")
    @ResponseStatus(HttpStatus.CREATED)
    PhonebookBody.Entry create(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String book,
                               @RequestBody PhonebookBody.Draft body) {
        return PhonebookBody.Entry.of(service.create(me.tenant(), service.book(me.tenant(), book), body.toDraft()));
    }

    @PutMapping("/api/admin/phonebooks/{book}/entries/{id}")
    PhonebookBody.Entry update(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String book, @PathVariable long id,
                               @RequestBody PhonebookBody.Draft body) {
        return PhonebookBody.Entry.of(service.update(me.tenant(), service.book(me.tenant(), book), id, body.toDraft()));
    }

    @DeleteMapping("/api/admin/phonebooks/{book}/entries/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String book, @PathVariable long id) {
        service.delete(me.tenant(), service.book(me.tenant(), book), id);
    }

    /** The body is the file itself ({@code text/csv}); {@code replace=true} empties the book first. */
    @PostMapping(path = "/api/admin/phonebooks/{book}/import", consumes = {"text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    PhonebookService.Imported importCsv(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String book,
                                        @RequestParam(defaultValue = "false") boolean replace, @RequestBody byte[] file) {
        return service.importCsv(me.tenant(), service.book(me.tenant(), book), file, replace);
    }

    @GetMapping("/api/admin/phonebooks/{book}/export")
    ResponseEntity<byte[]> exportCsv(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String book) {
        Phonebook phonebook = service.book(me.tenant(), book);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"phonebook-" + phonebook.name() + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(service.exportCsv(me.tenant(), phonebook));
    }
}
