package dev.tsunagu.server.sms;

/** What a provider later says about one part it accepted. */
sealed interface DeliveryReport {

    record Delivered() implements DeliveryReport {
    }

    record Failed(String reason) implements DeliveryReport {
    }

    DeliveryReport DELIVERED = new Delivered();

    static DeliveryReport failed(String reason) {
        return new Failed(reason);
    }
}
