package dev.tsunagu.media.sdp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test SDP documents, always returned with CRLF line ends whatever git did to the file. */
final class SdpResources {

    private SdpResources() {
    }

    static String chromiumOffer() {
        return crlf(load("chromium-offer.sdp"));
    }

    static String load(String name) {
        try (InputStream in = SdpResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }
}
