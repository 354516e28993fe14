package dev.tsunagu.server.sms;

import java.time.Duration;

/**
 * Too many messages went to one number recently ({@code tsunagu.sms.rate-limit}); nothing was
 * recorded or sent. Over HTTP it is a 429 problem with {@code {field: "to", code: "tooMany"}}.
 */
public final class SmsRateLimitedException extends RuntimeException {

    private final String number;
    private final Duration window;

    SmsRateLimitedException(String number, int limit, Duration window) {
        super("at most " + limit + " SMS to " + number + " within " + window);
        this.number = number;
        this.window = window;
    }

    public String number() {
        return number;
    }

    /** The limit's window: sending again succeeds at the latest this long from now. */
    public Duration window() {
        return window;
    }
}
