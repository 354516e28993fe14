package dev.tsunagu.server.sms;

import java.util.UUID;

/**
 * The embedded default: nothing leaves the machine. The recorded message is the outbox; the
 * provider gives it an id and reports it delivered at once (the dev phone is the phone), through
 * the same report path the real providers use.
 */
final class OutboxSmsProvider implements SmsProvider {

    static final String NAME = "outbox";

    private final DeliveryReports reports;

    OutboxSmsProvider(DeliveryReports reports) {
        this.reports = reports;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SendResult send(OutgoingSms sms) {
        String id = "outbox-" + UUID.randomUUID();
        reports.report(NAME, id, DeliveryReport.DELIVERED);
        return SendResult.Accepted.of(id);
    }
}
