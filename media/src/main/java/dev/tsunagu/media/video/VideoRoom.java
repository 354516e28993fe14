package dev.tsunagu.media.video;

import dev.tsunagu.media.MediaClock;
import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.rtcp.FullIntraRequest;
import dev.tsunagu.media.rtcp.GenericNack;
import dev.tsunagu.media.rtcp.PictureLossIndication;
import dev.tsunagu.media.rtcp.Remb;
import dev.tsunagu.media.rtcp.RtcpPacket;
import dev.tsunagu.media.rtp.RtpPacket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A selective forwarding unit (DESIGN §4): every participant's published video goes to every
 * other participant, packet by packet, never decoded. Each subscriber slot is fed by one publisher
 * stream ({@link ForwardedStream}): slots keep their source while it lasts, free slots take the
 * next unassigned stream in join order, and a stream that starts or switches waits for a key frame,
 * which the room asks for at once (PLI, throttled per publisher stream). NACKs are answered from
 * the subscriber stream's cache and only the misses go upstream; PLI/FIR go to the publisher of
 * that stream. Bitrate: each publisher gets a REMB once a second with, per stream, the lowest
 * share of its subscribers' own REMB estimates (each subscriber's estimate split over the streams
 * it receives), within the settings' bounds. The room holds one lock: receive paths all run on the
 * port's one reader thread, so it is contended only by signalling and the clock.
 */
public final class VideoRoom implements VideoReceiver, MediaClock.Task, AutoCloseable {

    private static final long MILLIS = 1_000_000L;
    private static final long KEYFRAME_RETRY_NANOS = 100 * MILLIS;
    private static final long REMB_INTERVAL_NANOS = 1_000 * MILLIS;
    /** A subscriber's estimate older than this no longer limits anyone. */
    private static final long REMB_FRESH_NANOS = 5_000 * MILLIS;

    private final Object lock = new Object();
    private final VideoRoomSettings settings;
    private final LongSupplier nanoClock;
    private final KeyframeRequestThrottle throttle;
    private final Consumer<VideoRoom> onClose;
    private final Map<VideoPort, Participant> participants = new LinkedHashMap<>();
    private final byte[] resend = new byte[RetransmissionCache.MAX_PACKET];
    private volatile Runnable sourcesListener;
    private List<Long> publishedSignature = List.of();
    private long forwarded;
    private long dropped;
    private long keyframeRequests;
    private long nacksForwarded;
    private long rembsSent;
    private long nextKeyframeRetry;
    private long nextRemb;
    private boolean closed;

    public VideoRoom(VideoRoomSettings settings, LongSupplier nanoClock, Consumer<VideoRoom> onClose) {
        this.settings = settings;
        this.nanoClock = nanoClock;
        this.throttle = new KeyframeRequestThrottle(settings.keyframeInterval().toNanos(), nanoClock);
        this.onClose = onClose;
    }

    private static final class Participant {
        final VideoPort port;
        /** Our streams to this participant, by our SSRC on the slot. */
        final Map<Long, ForwardedStream> streams = new LinkedHashMap<>();
        /** Who receives each of this participant's published streams, by its SSRC. */
        Map<Long, Route[]> routes = Map.of();
        long remb = -1;
        long rembAt;

        Participant(VideoPort port) {
            this.port = port;
        }
    }

    private record Route(Participant subscriber, ForwardedStream stream) {
    }

    /** Joins a leg: it receives the others' streams and they receive its own. */
    public void add(VideoPort port) {
        synchronized (lock) {
            if (closed || participants.containsKey(port)) {
                return;
            }
            participants.put(port, new Participant(port));
            port.videoReceiver(this);
            reassign();
        }
        announceSources();
    }

    /** Leaves: the others' slots it fed wait for another source; its own slots are forgotten. */
    public void remove(VideoPort port) {
        synchronized (lock) {
            Participant gone = participants.remove(port);
            if (gone == null) {
                return;
            }
            port.videoReceiver(null);
            port.publishedTracks().forEach(t -> throttle.forget(t.ssrc()));
            reassign();
        }
        announceSources();
    }

    /** What one of a subscriber's sections carries now: our section's mid, and whose section it comes from. */
    public record Forwarding(String slotMid, VideoPort from, String trackMid) {
    }

    /** The streams the room sends {@code subscriber} now, by its sections (the ones carrying nothing are left out). */
    public List<Forwarding> forwardingTo(VideoPort subscriber) {
        synchronized (lock) {
            Participant p = participants.get(subscriber);
            if (p == null) {
                return List.of();
            }
            List<Forwarding> out = new ArrayList<>();
            for (ForwardedStream stream : p.streams.values()) {
                if (stream.source() != null) {
                    out.add(new Forwarding(stream.slot().mid(), stream.source().port(), stream.source().track().mid()));
                }
            }
            return out;
        }
    }

    /**
     * Called (outside the room's lock) whenever the set of published streams changes, so pages can
     * add slots, or which stream a section carries changes, so pages can tell a camera from a screen.
     */
    public void onSourcesChanged(Runnable listener) {
        this.sourcesListener = listener;
    }

    /** How many streams the others publish: the slots this leg needs to see them all. */
    public int sourcesFor(VideoPort port) {
        synchronized (lock) {
            int n = 0;
            for (Participant p : participants.values()) {
                if (p.port != port) {
                    n += p.port.publishedTracks().size();
                }
            }
            return n;
        }
    }

    @Override
    public void onVideoNegotiated(VideoPort port) {
        synchronized (lock) {
            if (!participants.containsKey(port)) {
                return;
            }
            reassign();
        }
        announceSources();
    }

    private void announceSources() {
        List<Long> now = new ArrayList<>();
        synchronized (lock) {
            participants.values().forEach(p -> p.port.publishedTracks().forEach(t -> now.add(t.ssrc())));
            // Then every assignment (our SSRC on a section, the source's), after a marker.
            now.add(-1L);
            participants.values().forEach(p -> p.streams.values().forEach(stream -> {
                now.add(stream.slot().ssrc());
                now.add(stream.source() == null ? -1L : stream.source().ssrc());
            }));
            if (now.equals(publishedSignature)) {
                return;
            }
            publishedSignature = List.copyOf(now);
        }
        Runnable listener = sourcesListener;
        if (listener != null) {
            listener.run();
        }
    }

    /** Under the lock: fits every subscriber's slots to the streams the others publish now. */
    private void reassign() {
        Map<VideoPort, Map<Long, List<Route>>> routes = new HashMap<>();
        for (Participant subscriber : participants.values()) {
            List<ForwardedStream.Source> sources = new ArrayList<>();
            for (Participant publisher : participants.values()) {
                if (publisher != subscriber) {
                    publisher.port.publishedTracks().forEach(t -> sources.add(new ForwardedStream.Source(publisher.port, t)));
                }
            }
            Map<Long, VideoSlot> slots = new LinkedHashMap<>();
            subscriber.port.receivingSlots().forEach(s -> slots.put(s.ssrc(), s));
            subscriber.streams.keySet().retainAll(slots.keySet());
            for (VideoSlot slot : slots.values()) {
                subscriber.streams.computeIfAbsent(slot.ssrc(), s -> new ForwardedStream(slot, settings, nanoClock)).slot(slot);
            }
            List<ForwardedStream> free = new ArrayList<>();
            for (ForwardedStream stream : subscriber.streams.values()) {
                ForwardedStream.Source renewed = stream.source() == null ? null : find(sources, stream.source());
                if (renewed != null) {
                    stream.keep(renewed);
                    sources.remove(renewed);
                } else {
                    if (stream.source() != null) {
                        stream.switchTo(null);
                    }
                    free.add(stream);
                }
            }
            for (ForwardedStream stream : free) {
                if (sources.isEmpty()) {
                    break;
                }
                ForwardedStream.Source next = sources.removeFirst();
                stream.switchTo(next);
                requestKeyframe(next);
            }
            for (ForwardedStream stream : subscriber.streams.values()) {
                if (stream.source() != null) {
                    routes.computeIfAbsent(stream.source().port(), p -> new HashMap<>())
                            .computeIfAbsent(stream.source().ssrc(), s -> new ArrayList<>()).add(new Route(subscriber, stream));
                }
            }
        }
        for (Participant p : participants.values()) {
            Map<Long, Route[]> mine = new HashMap<>();
            routes.getOrDefault(p.port, Map.of()).forEach((ssrc, list) -> mine.put(ssrc, list.toArray(Route[]::new)));
            p.routes = mine;
        }
    }

    private static ForwardedStream.Source find(List<ForwardedStream.Source> sources, ForwardedStream.Source wanted) {
        for (ForwardedStream.Source s : sources) {
            if (s.port() == wanted.port() && s.ssrc() == wanted.ssrc()) {
                return s;
            }
        }
        return null;
    }

    @Override
    public void onVideo(VideoPort from, VideoTrack track, RtpPacket packet) {
        synchronized (lock) {
            Participant publisher = participants.get(from);
            Route[] routes = publisher == null ? null : publisher.routes.get(track.ssrc());
            if (routes == null) {
                return; // nobody watches this stream (yet)
            }
            VideoCodec codec = track.codecOf(packet.payloadType());
            if (codec == null) {
                dropped++;
                return;
            }
            long now = nanoClock.getAsLong();
            try {
                for (Route route : routes) {
                    int length = route.stream.rewrite(packet, codec, now);
                    if (length > 0 && route.subscriber.port.sendVideo(route.stream.buffer(), 0, length)) {
                        forwarded++;
                    }
                }
            } catch (MediaException e) {
                dropped++; // an unreadable payload is unreadable for every subscriber
            }
        }
    }

    @Override
    public void onVideoFeedback(VideoPort from, RtcpPacket feedback) {
        synchronized (lock) {
            Participant subscriber = participants.get(from);
            if (subscriber == null) {
                return;
            }
            switch (feedback) {
                case GenericNack nack -> answer(subscriber, nack);
                case PictureLossIndication pli -> keyframeFor(subscriber, pli.mediaSsrc());
                case FullIntraRequest fir -> fir.entries().forEach(e -> keyframeFor(subscriber, e.ssrc()));
                case Remb remb -> {
                    subscriber.remb = remb.bitrate();
                    subscriber.rembAt = nanoClock.getAsLong();
                }
                default -> {
                }
            }
        }
    }

    /** RFC 4585 §6.2.1: resend what the cache still has; ask the publisher for the rest, in its numbers. */
    private void answer(Participant subscriber, GenericNack nack) {
        ForwardedStream stream = subscriber.streams.get(nack.mediaSsrc());
        if (stream == null) {
            return;
        }
        List<Integer> missing = new ArrayList<>();
        for (int sequence : nack.lostSequenceNumbers()) {
            int length = stream.recall(sequence, resend);
            if (length > 0) {
                subscriber.port.sendVideo(resend, 0, length);
            } else {
                int upstream = stream.sourceSequence(sequence);
                if (upstream >= 0) {
                    missing.add(upstream);
                }
            }
        }
        ForwardedStream.Source source = stream.source();
        if (!missing.isEmpty() && source != null) {
            source.port().sendFeedback(new GenericNack(source.port().rtcpSsrc(), source.ssrc(), missing));
            nacksForwarded += missing.size();
        }
    }

    private void keyframeFor(Participant subscriber, long slotSsrc) {
        ForwardedStream stream = subscriber.streams.get(slotSsrc);
        if (stream != null && stream.source() != null) {
            requestKeyframe(stream.source());
        }
    }

    private void requestKeyframe(ForwardedStream.Source source) {
        if (throttle.allow(source.ssrc())) {
            source.port().sendFeedback(new PictureLossIndication(source.port().rtcpSsrc(), source.ssrc()));
            keyframeRequests++;
        }
    }

    /** From the media clock: asks again for key frames still awaited, and sends the REMBs. */
    @Override
    public void tick(long nowNanos) {
        synchronized (lock) {
            if (nowNanos - nextKeyframeRetry >= 0) {
                nextKeyframeRetry = nowNanos + KEYFRAME_RETRY_NANOS;
                for (Participant p : participants.values()) {
                    for (ForwardedStream stream : p.streams.values()) {
                        if (stream.waitingForKeyframe() && stream.source() != null) {
                            requestKeyframe(stream.source());
                        }
                    }
                }
            }
            if (nowNanos - nextRemb >= 0) {
                nextRemb = nowNanos + REMB_INTERVAL_NANOS;
                participants.values().forEach(p -> sendRemb(p, nowNanos));
            }
        }
    }

    private void sendRemb(Participant publisher, long nowNanos) {
        List<VideoTrack> tracks = publisher.port.publishedTracks();
        if (tracks.isEmpty()) {
            return;
        }
        long total = 0;
        List<Long> ssrcs = new ArrayList<>(tracks.size());
        for (VideoTrack track : tracks) {
            ssrcs.add(track.ssrc());
            total += bitrateFor(publisher.routes.get(track.ssrc()), nowNanos);
        }
        publisher.port.sendFeedback(new Remb(publisher.port.rtcpSsrc(), total, ssrcs.size() > 255 ? ssrcs.subList(0, 255) : ssrcs));
        rembsSent++;
    }

    /** The lowest share of a fresh subscriber estimate among the stream's subscribers, within bounds. */
    long bitrateFor(Route[] routes, long nowNanos) {
        long bitrate = settings.maxBitrate();
        if (routes != null) {
            for (Route route : routes) {
                Participant s = route.subscriber;
                if (s.remb > 0 && nowNanos - s.rembAt < REMB_FRESH_NANOS) {
                    long fed = s.streams.values().stream().filter(f -> f.source() != null).count();
                    bitrate = Math.min(bitrate, s.remb / Math.max(1, fed));
                }
            }
        }
        return Math.clamp(bitrate, settings.minBitrate(), settings.maxBitrate());
    }

    public VideoRoomStats stats() {
        synchronized (lock) {
            int streams = 0;
            long resent = 0;
            for (Participant p : participants.values()) {
                for (ForwardedStream s : p.streams.values()) {
                    streams += s.source() == null ? 0 : 1;
                    resent += s.resent();
                }
            }
            return new VideoRoomStats(participants.size(), streams, forwarded, dropped, keyframeRequests, resent,
                    nacksForwarded, rembsSent);
        }
    }

    /** Everyone leaves; the room stops ticking. */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            participants.keySet().forEach(p -> p.videoReceiver(null));
            participants.clear();
        }
        onClose.accept(this);
    }
}
