package dev.tsunagu.bench;

import dev.tsunagu.media.MediaBridge;
import dev.tsunagu.media.bridge.TwoPartyBridge;
import java.util.ArrayList;
import java.util.List;

/**
 * N two-party calls (2N legs) forwarded by {@link TwoPartyBridge}: every leg a Java WebRTC peer
 * on loopback sending 50 SRTP Opus packets/s, which the engine unprotects, hands to the bridge and
 * protects again for the other leg. Prints the engine's CPU per leg over a steady-state window.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.tsunagu.bench.ForwardedCallsLoad [calls=50] [seconds=20] [warmupSeconds=20]}
 */
public final class ForwardedCallsLoad {

    private ForwardedCallsLoad() {
    }

    public static void main(String[] args) throws Exception {
        int calls = LoadRig.argument(args, 0, 50, 500);
        int seconds = LoadRig.argument(args, 1, 20, 600);
        int warmup = LoadRig.argument(args, 2, 20, 600);
        try (LoadRig rig = new LoadRig()) {
            List<MediaBridge> legs = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                TwoPartyBridge call = rig.engine().createTwoPartyBridge();
                legs.add(call);
                legs.add(call);
            }
            rig.connect(legs);
            rig.startSending();
            LoadRig.Window window = rig.measure(warmup, seconds);
            rig.report("forwarded-calls calls=" + calls, window);
        }
        System.exit(0);
    }
}
