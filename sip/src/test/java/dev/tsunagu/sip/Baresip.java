package dev.tsunagu.sip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's baresip as a registered desk phone: its config in a temp dir, a WAV tone as its
 * microphone ({@code aufile}), what it hears written to WAV files ({@code sndfile}), and commands
 * and events over {@code ctrl_tcp} (netstring JSON). Always killed on close.
 */
final class Baresip implements AutoCloseable {

    private final Process process;
    final Path dir;
    private Socket control;
    final List<String> events = new CopyOnWriteArrayList<>();

    private Baresip(Process process, Path dir) {
        this.process = process;
        this.dir = dir;
    }

    static boolean installed() {
        return Files.isExecutable(Path.of("/usr/bin/baresip"));
    }

    /** Registers {@code user} at the edge, playing {@code toneHz}; incoming calls are answered at once. */
    static Baresip start(String host, int sipPort, String user, String password, int toneHz, int controlPort, int localPort)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("baresip");
        Files.write(dir.resolve("tone.wav"), toneWav(toneHz, 8000, 60));
        Files.writeString(dir.resolve("config"), String.join("\n",
                "poll_method epoll",
                "sip_listen 0.0.0.0:" + localPort,
                "audio_player aubridge,nil",
                "audio_source aufile," + dir.resolve("tone.wav"),
                "audio_alert aubridge,nil",
                "ausrc_srate 8000",
                "auplay_srate 8000",
                "module_path /usr/lib/baresip/modules",
                "module g711.so",
                "module aufile.so",
                "module aubridge.so",
                "module sndfile.so",
                "module_app account.so",
                "module_app menu.so",
                "module_app ctrl_tcp.so",
                "ctrl_tcp_listen 127.0.0.1:" + controlPort,
                "snd_path " + dir,
                "") + "\n");
        Files.writeString(dir.resolve("accounts"), "<sip:" + user + "@" + host + ":" + sipPort + ">;auth_pass=" + password
                + ";answermode=auto;audio_codecs=PCMU/8000/1;regint=300;ptime=20\n");
        Files.writeString(dir.resolve("contacts"), "");
        Process p = new ProcessBuilder("/usr/bin/baresip", "-4", "-f", dir.toString()).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("baresip.log").toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        Baresip b = new Baresip(p, dir);
        b.connect(controlPort);
        return b;
    }

    private void connect(int port) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try {
                control = new Socket();
                control.connect(new InetSocketAddress("127.0.0.1", port), 500);
                break;
            } catch (IOException e) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    throw new IOException("baresip's control port did not open:\n" + log(), e);
                }
                Thread.sleep(50);
            }
        }
        Thread.ofVirtual().start(() -> {
            try (InputStream in = control.getInputStream()) {
                while (true) {
                    String message = readNetstring(in);
                    if (message == null) {
                        return;
                    }
                    events.add(message);
                }
            } catch (IOException e) {
                // closed
            }
        });
    }

    void command(String command, String params) throws IOException {
        String json = "{\"command\":\"" + command + "\",\"params\":\"" + params + "\",\"token\":\"t\"}";
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        OutputStream out = control.getOutputStream();
        out.write((body.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.write(',');
        out.flush();
    }

    boolean sawEvent(String type) {
        return events.stream().anyMatch(e -> e.contains("\"type\":\"" + type + "\""));
    }

    /** The WAV files sndfile wrote of what baresip received (decoded). */
    List<Path> receivedWavs() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("dump-") && f.getFileName().toString().endsWith("-dec.wav"))
                    .toList();
        }
    }

    String log() {
        try {
            return Files.readString(dir.resolve("baresip.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static String readNetstring(InputStream in) throws IOException {
        int length = 0;
        int c;
        while ((c = in.read()) != ':') {
            if (c < 0) {
                return null;
            }
            length = length * 10 + (c - '0');
        }
        byte[] body = in.readNBytes(length);
        in.read();
        return new String(body, StandardCharsets.UTF_8);
    }

    /** A 16-bit mono PCM WAV of a sine tone. */
    static byte[] toneWav(int hz, int rate, int seconds) {
        int samples = rate * seconds;
        ByteBuffer b = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples * 2).put("WAVE".getBytes(StandardCharsets.US_ASCII));
        b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate)
                .putInt(rate * 2).putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 2);
        for (int i = 0; i < samples; i++) {
            b.putShort((short) (Math.sin(2 * Math.PI * hz * i / rate) * 8000));
        }
        return b.array();
    }

    /** 16-bit PCM samples of a WAV file (after its header chunks). */
    static short[] samples(Path wav) throws IOException {
        byte[] raw = Files.readAllBytes(wav);
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        int pos = 12;
        while (pos + 8 <= raw.length) {
            String id = new String(raw, pos, 4, StandardCharsets.US_ASCII);
            int size = b.getInt(pos + 4);
            if (id.equals("data")) {
                // While the call lasts, sndfile has not written the data size yet: take what is there.
                int available = raw.length - pos - 8;
                int n = (size <= 0 || size > available ? available : size) / 2;
                short[] out = new short[n];
                for (int i = 0; i < n; i++) {
                    out[i] = b.getShort(pos + 8 + i * 2);
                }
                return out;
            }
            pos += 8 + size;
        }
        return new short[0];
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (control != null) {
            control.close();
        }
        process.destroy();
        if (!process.waitFor(3, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** For logs: what came over the control socket. */
    String eventLog() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        events.forEach(e -> out.writeBytes((e + "\n").getBytes(StandardCharsets.UTF_8)));
        return out.toString(StandardCharsets.UTF_8);
    }
}
