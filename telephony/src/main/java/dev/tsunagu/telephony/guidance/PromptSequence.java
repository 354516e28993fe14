package dev.tsunagu.telephony.guidance;

import dev.tsunagu.media.audio.AudioSource;
import java.util.List;

/** Plays finite sources one after the other, all at the same sample rate; ends after the last. */
final class PromptSequence implements AudioSource {

    private final List<AudioSource> parts;
    private int current;

    PromptSequence(List<AudioSource> parts) {
        if (parts.isEmpty() || parts.stream().anyMatch(p -> p.sampleRate() != parts.getFirst().sampleRate())) {
            throw new IllegalArgumentException("a prompt sequence needs parts of one sample rate");
        }
        this.parts = List.copyOf(parts);
    }

    @Override
    public int sampleRate() {
        return parts.getFirst().sampleRate();
    }

    @Override
    public boolean read(short[] frame, int offset) {
        while (current < parts.size()) {
            if (parts.get(current).read(frame, offset)) {
                return true;
            }
            current++;
        }
        return false;
    }
}
