package dev.tsunagu.server.pbx;

import java.util.List;

/** {@code /api/admin/inbound-numbers}: the company's numbers as the browser sees them and as an admin submits them. */
final class InboundNumberBody {

    private InboundNumberBody() {
    }

    record View(long id, String number, String extension, String label) {

        static View of(InboundNumber number) {
            return new View(number.id(), number.number(), number.extension(), number.label());
        }
    }

    /** Everything the section shows: the main number (null when none) and every inbound number, sorted. */
    record Listing(String mainNumber, List<View> numbers) {
    }

    record Draft(String number, String extension, String label) {
    }

    /** An empty or missing {@code mainNumber} clears it. */
    record Main(String mainNumber) {
    }
}
