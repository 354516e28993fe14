package dev.tsunagu.server.sms;

/** Where providers send delivery reports, from whatever thread their connection uses. */
interface DeliveryReports {

    /** A report about the part the provider named {@code providerMessageId}; unknown ids are kept briefly, then dropped. */
    void report(String provider, String providerMessageId, DeliveryReport report);
}
