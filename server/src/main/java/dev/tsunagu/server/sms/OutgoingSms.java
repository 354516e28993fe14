package dev.tsunagu.server.sms;

/** What a provider needs to send one recorded message; {@code to} is the national number (090…). */
record OutgoingSms(long messageId, String to, String from, String body) {

    /** The number in E.164 form (+8190…), as international APIs and SMSCs want it. */
    String toE164() {
        return "+81" + to.substring(1);
    }
}
