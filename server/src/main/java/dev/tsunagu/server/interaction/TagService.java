package dev.tsunagu.server.interaction;

import dev.tsunagu.server.support.FieldProblem;
import dev.tsunagu.server.support.FieldProblem.Code;
import dev.tsunagu.server.support.InvalidInputException;
import dev.tsunagu.server.support.NotFoundException;
import dev.tsunagu.server.tenant.TenantId;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's tags (CC-08 admin, WS-04): names unique per tenant. */
@Service
class TagService {

    static final int MAX_TAGS = 200;

    private final Tags tags;

    TagService(Tags tags) {
        this.tags = tags;
    }

    @Transactional(readOnly = true)
    List<Tag> all(TenantId tenant) {
        return tags.all(tenant);
    }

    @Transactional
    Tag create(TenantId tenant, String rawName) {
        String name = InteractionRules.tagName(rawName);
        if (tags.nameTaken(tenant, name, -1)) {
            throw new InvalidInputException(FieldProblem.of("name", Code.duplicate));
        }
        if (tags.all(tenant).size() >= MAX_TAGS) {
            throw new InvalidInputException(FieldProblem.of(null, Code.tooMany));
        }
        return new Tag(tags.insert(tenant, name), name);
    }

    @Transactional
    Tag rename(TenantId tenant, long id, String rawName) {
        String name = InteractionRules.tagName(rawName);
        tags.find(tenant, id).orElseThrow(() -> new NotFoundException("Tag"));
        if (tags.nameTaken(tenant, name, id)) {
            throw new InvalidInputException(FieldProblem.of("name", Code.duplicate));
        }
        tags.rename(tenant, id, name);
        return new Tag(id, name);
    }

    @Transactional
    void delete(TenantId tenant, long id) {
        if (!tags.delete(tenant, id)) {
            throw new NotFoundException("Tag");
        }
    }
}
