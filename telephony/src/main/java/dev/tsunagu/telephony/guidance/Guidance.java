package dev.tsunagu.telephony.guidance;

import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.audio.AudioSource;
import dev.tsunagu.media.audio.WavPrompt;
import dev.tsunagu.telephony.settings.GuidanceLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The recorded prompts shipped with the project, read once from the classpath and converted to the
 * engine's 48 kHz; every {@link #play} is an independent player, so many calls can hear the same
 * prompt at once. A missing or broken file is a packaging error and fails loudly.
 */
public final class Guidance {

    static final int PLAYBACK_RATE = 48_000;
    private static final String ROOT = "/dev/tsunagu/telephony/prompts/";

    private final Map<String, WavPrompt> loaded = new ConcurrentHashMap<>();

    public AudioSource play(Prompt prompt, GuidanceLanguage language) {
        return prompt(prompt, language).player();
    }

    public Duration length(Prompt prompt, GuidanceLanguage language) {
        return Duration.ofMillis(prompt(prompt, language).durationMillis());
    }

    /** Several prompts one after the other (an announcement and the caller's place in the queue). */
    public AudioSource play(java.util.List<Prompt> prompts, GuidanceLanguage language) {
        return new PromptSequence(prompts.stream().map(p -> play(p, language)).toList());
    }

    public Duration length(java.util.List<Prompt> prompts, GuidanceLanguage language) {
        return prompts.stream().map(p -> length(p, language)).reduce(Duration.ZERO, Duration::plus);
    }

    private WavPrompt prompt(Prompt prompt, GuidanceLanguage language) {
        return loaded.computeIfAbsent(language.code() + "/" + prompt.file() + ".wav", Guidance::load);
    }

    private static WavPrompt load(String path) {
        try (InputStream in = Guidance.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("voice guidance " + path + " is missing from the classpath");
            }
            return WavPrompt.parse(in.readAllBytes(), PLAYBACK_RATE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read voice guidance " + path, e);
        } catch (MediaException e) {
            throw new IllegalStateException("voice guidance " + path + " is not a usable WAV file", e);
        }
    }
}
