package dev.tsunagu.e2e;

import com.microsoft.playwright.Page;
import java.util.List;

/** What a page's open peer connections decode, from their own getStats() (needs {@link RemoteAudio#instrument}). */
final class VideoStats {

    private static final String FRAMES = """
            async () => {
              const frames = [];
              for (const pc of (window.__pcs || [])) {
                if (pc.connectionState === 'closed') continue;
                (await pc.getStats()).forEach(s => {
                  if (s.type === 'inbound-rtp' && s.kind === 'video') frames.push(s.framesDecoded || 0);
                });
              }
              return frames;
            }
            """;

    private VideoStats() {
    }

    /** Frames decoded by each received video stream. */
    static List<Integer> framesDecoded(Page page) {
        @SuppressWarnings("unchecked")
        List<Number> frames = (List<Number>) page.evaluate(FRAMES);
        return frames.stream().map(Number::intValue).toList();
    }

    static int totalFrames(Page page) {
        return framesDecoded(page).stream().mapToInt(Integer::intValue).sum();
    }

    /** How many received streams have decoded more than {@code frames} frames. */
    static long streamsBeyond(Page page, int frames) {
        return framesDecoded(page).stream().filter(f -> f > frames).count();
    }

    /** Waits until the page decodes {@code more} frames beyond what it has now: the picture keeps coming. */
    static void awaitRising(Page page, int more) {
        int now = totalFrames(page);
        Phones.waitFor("video frames decoded rising by " + more, () -> totalFrames(page) > now + more);
    }
}
