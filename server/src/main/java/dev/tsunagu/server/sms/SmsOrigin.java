package dev.tsunagu.server.sms;

/** Who sent a message: a signed-in account, or a feature of the system (a reminder, a test), by name. */
public sealed interface SmsOrigin {

    record Account(long accountId) implements SmsOrigin {
    }

    record Feature(String name) implements SmsOrigin {
        public Feature {
            if (name == null || name.isBlank() || name.length() > 50) {
                throw new IllegalArgumentException("a feature sender needs a name of 1-50 characters");
            }
        }
    }

    static SmsOrigin account(long accountId) {
        return new Account(accountId);
    }

    static SmsOrigin feature(String name) {
        return new Feature(name);
    }
}
