package dev.tsunagu.server.history;

import dev.tsunagu.server.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * The business labels (業務ラベル) of the company's numbers, as the module that keeps the numbers
 * ({@code pbx}) knows them now. A call keeps the label its number had when it rang.
 */
public interface BusinessLabels {

    /** The label of an inbound number (national form); empty when the number has none or is not the company's. */
    Optional<String> labelOf(TenantId tenant, String number);

    /** Every label in use, for the history filters. */
    List<String> all(TenantId tenant);
}
