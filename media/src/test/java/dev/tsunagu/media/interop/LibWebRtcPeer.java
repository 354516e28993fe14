package dev.tsunagu.media.interop;

import dev.onvoid.webrtc.CreateSessionDescriptionObserver;
import dev.onvoid.webrtc.PeerConnectionFactory;
import dev.onvoid.webrtc.PeerConnectionObserver;
import dev.onvoid.webrtc.RTCConfiguration;
import dev.onvoid.webrtc.RTCIceCandidate;
import dev.onvoid.webrtc.RTCOfferOptions;
import dev.onvoid.webrtc.RTCPeerConnection;
import dev.onvoid.webrtc.RTCPeerConnectionState;
import dev.onvoid.webrtc.RTCSdpType;
import dev.onvoid.webrtc.RTCSessionDescription;
import dev.onvoid.webrtc.SetSessionDescriptionObserver;
import dev.onvoid.webrtc.media.audio.AudioTrack;
import dev.onvoid.webrtc.media.audio.CustomAudioSource;
import dev.onvoid.webrtc.media.audio.HeadlessAudioDeviceModule;
import dev.tsunagu.media.audio.Goertzel;
import dev.tsunagu.media.audio.ToneAnalyzer;
import dev.tsunagu.media.audio.ToneGenerator;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A peer built on Google's libwebrtc (through webrtc-java), the stack inside Chromium: it offers
 * one audio stream, sends a tone pushed as PCM and hands what it receives to a tone analyser.
 * Each peer owns its factory and headless audio device, so no two peers share libwebrtc's audio
 * capture path (a factory feeds device capture into every sender it has).
 */
final class LibWebRtcPeer implements AutoCloseable {

    private static final int RATE = 48_000;
    /** libwebrtc's audio pipeline works in 10 ms chunks. */
    private static final int CHUNK = RATE / 100;
    private static final Duration SIGNALLING_TIMEOUT = Duration.ofSeconds(10);

    private final HeadlessAudioDeviceModule audioDevice = new HeadlessAudioDeviceModule();
    private final PeerConnectionFactory factory;
    private final RTCPeerConnection connection;
    private final CustomAudioSource microphone = new CustomAudioSource();
    private final ScheduledExecutorService pusher = Executors.newSingleThreadScheduledExecutor();
    private final Object heardLock = new Object();
    private ToneAnalyzer analyzer;
    private short[] recent = new short[0];
    private int heardRate;
    private volatile RTCPeerConnectionState state = RTCPeerConnectionState.NEW;

    LibWebRtcPeer() {
        factory = new PeerConnectionFactory(audioDevice);
        // Playout pulls received audio through the receive stream to the sink. It must start after
        // the factory exists: libwebrtc's audio device buffer refuses the factory's audio transport
        // while playout is already running, and the playout thread would then pull nothing.
        audioDevice.initPlayout();
        audioDevice.startPlayout();
        connection = factory.createPeerConnection(new RTCConfiguration(), new Observer());
        AudioTrack track = factory.createAudioTrack("tone", microphone);
        connection.addTrack(track, List.of("libwebrtc"));
        // Unified Plan creates the receiving track with the transceiver; listen to it from the start.
        AudioTrack remote = (AudioTrack) connection.getTransceivers()[0].getReceiver().getTrack();
        remote.addSink(this::onAudio);
    }

    /** Creates the offer and applies it locally; candidates trickle, and the engine needs none of them. */
    String offer() throws Exception {
        CompletableFuture<RTCSessionDescription> created = new CompletableFuture<>();
        connection.createOffer(new RTCOfferOptions(), new CreateSessionDescriptionObserver() {
            @Override
            public void onSuccess(RTCSessionDescription description) {
                created.complete(description);
            }

            @Override
            public void onFailure(String error) {
                created.completeExceptionally(new IllegalStateException("createOffer: " + error));
            }
        });
        RTCSessionDescription offer = created.get(SIGNALLING_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        apply(offer, true);
        return offer.sdp;
    }

    /** Applies the engine's answer; ICE and DTLS then run on libwebrtc's threads. */
    void accept(String answerSdp) throws Exception {
        apply(new RTCSessionDescription(RTCSdpType.ANSWER, answerSdp), false);
    }

    RTCPeerConnectionState state() {
        return state;
    }

    /**
     * Stops the headless device's capture, which libwebrtc started with the sender. Call it once
     * connected, before {@link #startTone}: the capture thread pulls received audio like playout does
     * (two consumers of one jitter buffer) and feeds it into the send stream that our pushes feed too,
     * a race on which libwebrtc aborts.
     */
    void stopDeviceCapture() {
        audioDevice.stopRecording();
    }

    /** Pushes a sine tone in real time, 10 ms at a time, until closed. */
    void startTone(int frequency) {
        ToneGenerator tone = new ToneGenerator(RATE, frequency, 10_000);
        short[] pcm = new short[CHUNK];
        byte[] bytes = new byte[CHUNK * 2];
        ByteBuffer out = ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder());
        pusher.scheduleAtFixedRate(() -> {
            tone.fill(pcm, 0, CHUNK);
            out.clear();
            out.asShortBuffer().put(pcm);
            microphone.pushAudio(bytes, 16, RATE, 1, CHUNK);
        }, 0, 10, TimeUnit.MILLISECONDS);
    }

    /** What the last full second of received audio was, by the engine's own analyser. */
    ToneAnalyzer heard() {
        synchronized (heardLock) {
            return analyzer == null ? new ToneAnalyzer(RATE) : analyzer;
        }
    }

    /** Share of the last second's received power at {@code frequency} (0..1). */
    double heardShare(int frequency) {
        short[] last;
        int rate;
        synchronized (heardLock) {
            last = recent.clone();
            rate = heardRate;
        }
        double total = Goertzel.meanSquare(last, 0, last.length);
        return total < 1 ? 0 : Goertzel.power(last, 0, last.length, frequency, rate) / total;
    }

    @Override
    public void close() throws InterruptedException {
        pusher.shutdownNow();
        // No push may reach the source once it is disposed.
        pusher.awaitTermination(5, TimeUnit.SECONDS);
        connection.close();
        microphone.dispose();
        try {
            audioDevice.stopPlayout();
        } finally {
            audioDevice.dispose();
            factory.dispose();
        }
    }

    /** Called on libwebrtc's playout thread with 16-bit interleaved PCM in the platform's byte order. */
    private void onAudio(byte[] data, int bitsPerSample, int sampleRate, int channels, int frames) {
        if (bitsPerSample != 16 || channels < 1 || frames <= 0) {
            return;
        }
        ByteBuffer in = ByteBuffer.wrap(data).order(ByteOrder.nativeOrder());
        short[] mono = new short[frames];
        for (int i = 0; i < frames; i++) {
            mono[i] = in.getShort(i * channels * 2);
        }
        synchronized (heardLock) {
            if (sampleRate != heardRate) {
                heardRate = sampleRate;
                analyzer = new ToneAnalyzer(sampleRate);
                recent = new short[sampleRate];
            }
            analyzer.accept(mono, frames);
            int keep = Math.min(frames, recent.length);
            System.arraycopy(recent, keep, recent, 0, recent.length - keep);
            System.arraycopy(mono, frames - keep, recent, recent.length - keep, keep);
        }
    }

    private void apply(RTCSessionDescription description, boolean local) throws Exception {
        CompletableFuture<Void> applied = new CompletableFuture<>();
        SetSessionDescriptionObserver observer = new SetSessionDescriptionObserver() {
            @Override
            public void onSuccess() {
                applied.complete(null);
            }

            @Override
            public void onFailure(String error) {
                applied.completeExceptionally(new IllegalStateException((local ? "setLocalDescription: " : "setRemoteDescription: ") + error));
            }
        };
        if (local) {
            connection.setLocalDescription(description, observer);
        } else {
            connection.setRemoteDescription(description, observer);
        }
        applied.get(SIGNALLING_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private final class Observer implements PeerConnectionObserver {
        @Override
        public void onIceCandidate(RTCIceCandidate candidate) {
            // The engine is ICE-lite: it learns our address from our checks, so candidates go nowhere.
        }

        @Override
        public void onConnectionChange(RTCPeerConnectionState newState) {
            state = newState;
        }
    }
}
