package dev.tsunagu.server.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class Ucs2SegmentsTest {

    @Test
    void seventyCharactersFitOneSmsWithoutHeader() {
        String text = "あ".repeat(70);
        List<byte[]> parts = Ucs2Segments.split(text, 7, 10);
        assertThat(parts).hasSize(1);
        assertThat(parts.getFirst()).isEqualTo(text.getBytes(StandardCharsets.UTF_16BE));
    }

    @Test
    void longerTextGoesInConcatenatedPartsOf67() {
        String text = "ビデオ通話はこちらからご参加ください。".repeat(8); // 19 × 8 = 152 characters
        List<byte[]> parts = Ucs2Segments.split(text, 0x42, 10);

        assertThat(parts).hasSize(3);
        for (int i = 0; i < parts.size(); i++) {
            byte[] part = parts.get(i);
            assertThat(Arrays.copyOf(part, 6)).containsExactly(0x05, 0x00, 0x03, 0x42, 3, i + 1);
        }
        assertThat(parts.get(0)).hasSize(6 + 67 * 2);
        assertThat(parts.get(2)).hasSize(6 + (152 - 134) * 2);
        StringBuilder joined = new StringBuilder();
        parts.forEach(p -> joined.append(new String(p, 6, p.length - 6, StandardCharsets.UTF_16BE)));
        assertThat(joined.toString()).isEqualTo(text);
    }

    @Test
    void anEmojiIsNeverCutInHalf() {
        String text = "a".repeat(66) + "😀" + "b".repeat(10); // the pair would straddle units 67 and 68
        List<byte[]> parts = Ucs2Segments.split(text, 1, 10);

        String first = new String(parts.get(0), 6, parts.get(0).length - 6, StandardCharsets.UTF_16BE);
        String second = new String(parts.get(1), 6, parts.get(1).length - 6, StandardCharsets.UTF_16BE);
        assertThat(first).isEqualTo("a".repeat(66));
        assertThat(second).startsWith("😀");
    }

    @Test
    void moreThanTheAllowedPartsIsRefused() {
        assertThat(Ucs2Segments.split("x".repeat(67 * 3 + 1), 1, 3)).isEmpty();
        assertThat(Ucs2Segments.split("x".repeat(67 * 3), 1, 3)).hasSize(3);
    }
}
