package dev.tsunagu.bench;

import dev.tsunagu.media.MediaBridge;
import dev.tsunagu.media.bridge.MixingBridge;
import java.util.ArrayList;
import java.util.List;

/**
 * One conference ({@link MixingBridge}) of P participants, each a Java WebRTC peer on loopback
 * sending 50 SRTP Opus packets/s: the engine decodes every stream, mixes N−1 for each leg every
 * 20 ms and encodes and protects one stream per leg. Prints the engine's CPU per participant.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.tsunagu.bench.MixingLoad [participants=10] [seconds=20] [warmupSeconds=20]}
 */
public final class MixingLoad {

    private MixingLoad() {
    }

    public static void main(String[] args) throws Exception {
        int participants = LoadRig.argument(args, 0, 10, 200);
        int seconds = LoadRig.argument(args, 1, 20, 600);
        int warmup = LoadRig.argument(args, 2, 20, 600);
        try (LoadRig rig = new LoadRig()) {
            MixingBridge conference = rig.engine().createMixingBridge();
            List<MediaBridge> legs = new ArrayList<>();
            for (int i = 0; i < participants; i++) {
                legs.add(conference);
            }
            rig.connect(legs);
            rig.startSending();
            LoadRig.Window window = rig.measure(warmup, seconds);
            rig.report("mixing participants=" + participants, window);
        }
        System.exit(0);
    }
}
