package dev.tsunagu.bench;

import dev.tsunagu.media.MediaEngine;
import dev.tsunagu.media.MediaEngineConfig;
import dev.tsunagu.sip.SipEdge;
import dev.tsunagu.sip.SipEdgeConfig;
import dev.tsunagu.sip.auth.DigestAlgorithm;
import dev.tsunagu.sip.auth.SipCredential;
import dev.tsunagu.sip.trunk.SipTrunks;
import dev.tsunagu.sip.trunk.TrunkConfig;
import dev.tsunagu.telephony.call.Pbx;
import dev.tsunagu.telephony.dialplan.DialPlan;
import dev.tsunagu.telephony.guidance.Guidance;
import dev.tsunagu.telephony.settings.GuidanceLanguage;
import dev.tsunagu.telephony.settings.InboundNumbers;
import dev.tsunagu.telephony.settings.ParkingRules;
import dev.tsunagu.telephony.settings.PbxSettings;
import java.lang.management.ManagementFactory;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * SIP load through the whole edge: sipp registers {@code calls} phone lines (contacts) of login
 * 201 on extension 201 (REGISTER with digest; REGISTER/s is measured here), then each line calls an outside number
 * (INVITE, 407, INVITE with credentials, 183 early media, 200, ACK, BYE after {@code holdMillis})
 * which goes through an IP trunk to a second sipp acting as the carrier ({@code -sn uas}). Every
 * call allocates two RTP legs (phone side and carrier side) and a bridge. Prints one RESULT line
 * for registrations and one for calls: completed/failed, calls per second, the peak of
 * simultaneous calls (RTP legs / 2) and this JVM's CPU.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.tsunagu.bench.SipCallsLoad [calls=500] [callsPerSecond=50] [holdMillis=10000] [registersPerSecond=1000]}
 * Needs Debian's sipp ({@code sip-tester}) on the PATH.
 */
public final class SipCallsLoad {

    private SipCallsLoad() {
    }

    public static void main(String[] args) throws Exception {
        int calls = LoadRig.argument(args, 0, 500, 10_000);
        int rate = LoadRig.argument(args, 1, 50, 2000);
        int hold = LoadRig.argument(args, 2, 10_000, 600_000);
        int registerRate = LoadRig.argument(args, 3, 1000, 20_000);
        String host = MediaEngineConfig.firstNonLoopbackIpv4().getHostAddress();
        String realm = "bench";
        int uasPort = freePort();
        int uacPort = freePort();
        Path dir = Files.createTempDirectory("sipbench");
        try (MediaEngine engine = MediaEngine.start(MediaEngineConfig.ephemeral().withRtpPorts(20000, 39999))) {
            PbxSettings settings = PbxSettings.fixed(ParkingRules.DEFAULT, GuidanceLanguage.EN, Map.of(),
                    new InboundNumbers(Map.of("0501234567", "201"), "0501234567"));
            DialPlan plan = new DialPlan(Set.of("201")::contains, settings::parking, 4, settings::inboundNumbers);
            SipTrunks trunks = new SipTrunks();
            // The carrier is on loopback, so the phones' address (eth0) is not a trunk source.
            trunks.configure(List.of(new TrunkConfig("1", "carrier", "127.0.0.1", uasPort, "udp", TrunkConfig.Mode.IP, null, null, null,
                    null, List.of("127.0.0.1"), null, true)));
            try (Pbx pbx = new Pbx(engine, plan, ext -> Optional.of("Bench"), settings, new Guidance(), event -> { },
                    new Pbx.Timings(Duration.ofSeconds(60), Duration.ofMillis(800)), Clock.systemUTC(), trunks);
                 SipEdge edge = SipEdge.start(SipEdgeConfig.forTests(host, realm).withAlgorithms(List.of(DigestAlgorithm.MD5))
                                 .withGuard(5, Duration.ofMinutes(5), Duration.ofMinutes(10), 1_000_000), engine, pbx,
                         u -> u.equals("201") ? Optional.of(SipCredential.of("201", "201", "Bench", realm, "secret201")) : Optional.empty(),
                         trunks, Clock.systemUTC())) {
                Process uas = sipp(dir, "uas.log", List.of("-sn", "uas", "-i", "127.0.0.1", "-p", String.valueOf(uasPort),
                        "-mp", String.valueOf(freePort())));
                try {
                    String target = host + ":" + edge.port();
                    List<String> auth = List.of("-au", "201", "-ap", "secret201", "-i", host, "-p", String.valueOf(uacPort));
                    long cpu0 = cpu();
                    long t0 = System.nanoTime();
                    List<String> reg = new ArrayList<>(List.of(target, "-sf", scenario(dir, "bench-register.xml"), "-s", "201", "-m", String.valueOf(calls),
                            "-r", String.valueOf(registerRate), "-l", "200", "-timeout", "120s"));
                    reg.addAll(auth);
                    int regExit = sipp(dir, "register.log", reg).waitFor();
                    double regSeconds = (System.nanoTime() - t0) / 1e9;
                    double regCpu = (cpu() - cpu0) / 1e9;
                    System.out.printf("RESULT sip-register lines=%d exit=%d bindings=%d seconds=%.2f registers/s=%.0f jvmCpu=%.2fs (%.0f%% of one core)%n",
                            calls, regExit, edge.registrations().size(), regSeconds, edge.registrations().size() / regSeconds, regCpu,
                            100 * regCpu / regSeconds);

                    AtomicInteger peakLegs = new AtomicInteger();
                    Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                        while (!Thread.currentThread().isInterrupted()) {
                            peakLegs.accumulateAndGet(engine.metrics().rtpEndpoints(), Math::max);
                            try {
                                Thread.sleep(100);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    });
                    Path stats = dir.resolve("calls.csv");
                    List<String> call = new ArrayList<>(List.of(target, "-sf", scenario(dir, "bench-phone-calls-out.xml"), "-s", "0312345678",
                            "-m", String.valueOf(calls), "-r", String.valueOf(rate), "-l", String.valueOf(calls), "-d", String.valueOf(hold),
                            "-mp", String.valueOf(freePort()), "-timeout", "600s", "-trace_stat", "-stf", stats.toString(), "-fd", "1"));
                    call.addAll(auth);
                    cpu0 = cpu();
                    t0 = System.nanoTime();
                    int callExit = sipp(dir, "calls.log", call).waitFor();
                    double callSeconds = (System.nanoTime() - t0) / 1e9;
                    double callCpu = (cpu() - cpu0) / 1e9;
                    sampler.interrupt();
                    String[] counts = finalCounts(stats);
                    System.out.printf("RESULT sip-calls calls=%d rate=%d/s hold=%dms exit=%d successful=%s failed=%s seconds=%.1f "
                                    + "peakConcurrentCalls=%d jvmCpu=%.1fs (%.0f%% of one core, %.2f ms per call)%n",
                            calls, rate, hold, callExit, counts[0], counts[1], callSeconds, peakLegs.get() / 2, callCpu,
                            100 * callCpu / callSeconds, 1000 * callCpu / calls);
                } finally {
                    uas.destroyForcibly();
                }
            }
        }
        System.exit(0);
    }

    private static String[] finalCounts(Path csv) {
        try {
            List<String> lines = Files.readAllLines(csv);
            String[] head = lines.getFirst().split(";");
            String[] last = lines.getLast().split(";");
            String ok = "?";
            String failed = "?";
            for (int i = 0; i < head.length && i < last.length; i++) {
                if (head[i].equals("SuccessfulCall(C)")) {
                    ok = last[i];
                } else if (head[i].equals("FailedCall(C)")) {
                    failed = last[i];
                }
            }
            return new String[] {ok, failed};
        } catch (Exception e) {
            return new String[] {"?", "?"};
        }
    }

    private static String scenario(Path dir, String name) throws Exception {
        Path file = dir.resolve(name);
        try (var in = SipCallsLoad.class.getResourceAsStream("/sipp/" + name)) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file.toString();
    }

    private static Process sipp(Path dir, String log, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sipp", "-nostdin"));
        command.addAll(args);
        return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile())
                .start();
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static int freePort() throws Exception {
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getByName("0.0.0.0"))) {
            return s.getLocalPort();
        }
    }

}
