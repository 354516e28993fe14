package dev.tsunagu.server.demo;

import dev.tsunagu.server.tenant.TenantId;
import java.util.List;

/**
 * Seeds the common phonebook; implemented by the module that keeps phonebooks ({@code directory}),
 * so the demo says which customers it wants without knowing how they are stored.
 */
public interface PhonebookSeed {

    record Customer(String number, String name, String nameKana, String company, String memo) {
    }

    /** Adds the customers to the tenant's common phonebook, unless it already has entries. */
    void seedIfEmpty(TenantId tenant, List<Customer> customers);
}
