package dev.tsunagu.server.interaction;

import dev.tsunagu.server.identity.AccountPrincipal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tags (administered under {@code /api/admin/tags}, listed for agents at {@code /api/tags}) and the
 * record of a call: {@code /api/calls/{callId}/record}, its tags and the agent's note.
 */
@RestController
class InteractionController {

    record TagBody(String name) {
    }

    record TagRef(Long tagId) {
    }

    record NoteBody(String body) {
    }

    private final TagService tags;
    private final CallRecordService records;

    InteractionController(TagService tags, CallRecordService records) {
        this.tags = tags;
        this.records = records;
    }

    @GetMapping({"/api/tags", "/api/admin/tags"})
    List<Tag> tags(@AuthenticationPrincipal AccountPrincipal me) {
        return tags.all(me.tenant());
    }

    @PostMapping("/api/admin/tags")
    @ResponseStatus(HttpStatus.CREATED)
    Tag createTag(@AuthenticationPrincipal AccountPrincipal me, @RequestBody TagBody body) {
        return tags.create(me.tenant(), body.name());
    }

    @PutMapping("/api/admin/tags/{id}")
    Tag renameTag(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @RequestBody TagBody body) {
        return tags.rename(me.tenant(), id, body.name());
    }

    @DeleteMapping("/api/admin/tags/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteTag(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        tags.delete(me.tenant(), id);
    }

    @GetMapping("/api/calls/{callId}/record")
    CallRecord record(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String callId) {
        return records.record(me, callId);
    }

    @PostMapping("/api/calls/{callId}/tags")
    CallRecord addTag(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String callId, @RequestBody TagRef body) {
        if (body.tagId() == null) {
            throw new dev.tsunagu.server.support.InvalidInputException(
                    dev.tsunagu.server.support.FieldProblem.of("tagId", dev.tsunagu.server.support.FieldProblem.Code.required));
        }
        return records.addTag(me, callId, body.tagId());
    }

    @DeleteMapping("/api/calls/{callId}/tags/{tagId}")
    CallRecord removeTag(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String callId, @PathVariable long tagId) {
        return records.removeTag(me, callId, tagId);
    }

    @PutMapping("/api/calls/{callId}/note")
    CallRecord saveNote(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String callId, @RequestBody NoteBody body) {
        return records.saveNote(me, callId, body.body());
    }
}
