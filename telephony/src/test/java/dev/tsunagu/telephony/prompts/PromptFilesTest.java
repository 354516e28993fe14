package dev.tsunagu.telephony.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagu.media.audio.AudioSource;
import dev.tsunagu.media.audio.WavPrompt;
import dev.tsunagu.telephony.guidance.Prompt;
import dev.tsunagu.telephony.settings.GuidanceLanguage;
import java.io.InputStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every voice guidance prompt exists in every guidance language, plays at the engine's rate, and says something. */
class PromptFilesTest {

    private static final int PLAYBACK_RATE = 48_000;
    /** -40 dBFS RMS: far below speech, far above the dither of an empty recording. */
    private static final double SILENT_RMS = 32768 * Math.pow(10, -40 / 20.0);

    static Stream<Arguments> prompts() {
        return Stream.of(GuidanceLanguage.values())
                .flatMap(language -> Stream.of(Prompt.values()).map(prompt -> Arguments.of(language.code(), prompt.file())));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("prompts")
    void loadsAndSpeaksForAPlausibleTime(String language, String name) throws Exception {
        String resource = "/dev/tsunagu/telephony/prompts/" + language + "/" + name + ".wav";
        byte[] wav;
        try (InputStream in = PromptFilesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            wav = in.readAllBytes();
        }
        WavPrompt prompt = WavPrompt.parse(wav, PLAYBACK_RATE);

        assertThat(prompt.durationMillis()).as("%s lasts", resource).isBetween(800, 10_000);

        AudioSource player = prompt.player();
        short[] frame = new short[player.frameSamples()];
        double sumOfSquares = 0;
        long samples = 0;
        while (player.read(frame, 0)) {
            for (short s : frame) {
                sumOfSquares += (double) s * s;
            }
            samples += frame.length;
        }
        assertThat(samples).as("%s plays through", resource).isGreaterThanOrEqualTo(prompt.length());
        assertThat(Math.sqrt(sumOfSquares / samples)).as("%s RMS", resource).isGreaterThan(SILENT_RMS);
    }
}
