package dev.tsunagu.server.identity;

import dev.tsunagu.server.support.FieldProblem;
import dev.tsunagu.server.tenant.TenantId;
import java.util.Optional;

/**
 * Numbers another module keeps for itself (the parking lot's slots), so no account may take one
 * as its extension. The owning module implements it; {@link AccountService} asks every
 * implementation before it stores an extension.
 */
public interface ReservedNumbers {

    /** Why {@code extension} cannot be an account's extension in {@code tenant}, or empty when it can. */
    Optional<FieldProblem.Code> reservation(TenantId tenant, String extension);
}
