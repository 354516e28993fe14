package dev.tsunagu.server.video;

import dev.tsunagu.server.realtime.RealtimeTab;
import dev.tsunagu.server.sms.SmsMessage;
import dev.tsunagu.server.sms.SmsOrigin;
import dev.tsunagu.server.sms.SmsRateLimitedException;
import dev.tsunagu.server.sms.SmsSender;
import dev.tsunagu.server.support.InvalidInputException;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Customers' links: where they point, and sending them by SMS (VE-01, VE-02, VE-04 "Resend link"). */
@Component
class VideoLinks {

    static final String SMS_PURPOSE = "video-link";
    private static final Pattern ORIGIN = Pattern.compile("https?://[^/?#\\s]+");

    private final SmsSender sms;
    private final VideoProperties properties;

    VideoLinks(SmsSender sms, VideoProperties properties) {
        this.sms = sms;
        this.properties = properties;
    }

    /** {@code {base}/v/{token}}: the configured base, else the communicator's page's own origin. */
    String link(RealtimeTab tab, String token) {
        String configured = properties.linkBaseUrl().isBlank() ? tab.origin() : properties.linkBaseUrl();
        String base = configured != null && configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        if (base == null || !ORIGIN.matcher(base).matches()) {
            throw VideoProblem.of("noLinkBase", "Set tsunagu.video.link-base-url: the page's origin is unknown");
        }
        return base + "/v/" + token;
    }

    /** Sends the call's link to {@code to}: the message as recorded (SENT, or FAILED with its reason). */
    SmsMessage send(VideoCall call, long accountId, String to) {
        try {
            return sms.send(call.tenant, to, body(call.link), SMS_PURPOSE, SmsOrigin.account(accountId));
        } catch (InvalidInputException e) {
            throw VideoProblem.of("invalidNumber", "not a phone number");
        } catch (SmsRateLimitedException e) {
            throw VideoProblem.of("rateLimited", "too many messages to this number");
        }
    }

    /** Japanese first: the customers are; the link works whatever the phone's language. */
    static String body(String link) {
        return "ビデオ通話のご案内です。こちらを開いてください(1回限り有効): " + link;
    }
}
