package dev.tsunagu.server.video;

import dev.tsunagu.media.EndpointState;
import dev.tsunagu.media.MediaEngine;
import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.video.VideoPort;
import dev.tsunagu.media.video.VideoRoom;
import dev.tsunagu.media.webrtc.WebRtcEndpoint;
import dev.tsunagu.server.phone.LiveCalls;
import dev.tsunagu.server.phone.PbxCallEvent;
import dev.tsunagu.server.realtime.RealtimeSessions;
import dev.tsunagu.server.sms.SmsMessage;
import dev.tsunagu.server.realtime.RealtimeTab;
import dev.tsunagu.server.realtime.RealtimeTabClosed;
import dev.tsunagu.server.tenant.TenantId;
import dev.tsunagu.telephony.call.CallEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The video calls (VE-01–VE-09): a media-engine room per phone call, a communicator's leg and a
 * customer's leg in it, the link that lets the customer in, and everything that ends one. All
 * state is guarded by this object's lock; the media engine's callbacks and the time limits come
 * in on one timer thread. Sending the SMS happens outside the lock (a provider may take seconds).
 */
@Service
class VideoCalls implements AutoCloseable {

    static final String ROOM_EVENT = "video.room";
    static final String SOURCES_EVENT = "video.sources";
    static final String ENDED_EVENT = "video.ended";
    static final String OPENED_ELSEWHERE = "openedElsewhere";
    /** The one refusal a customer's page gets for a link, whatever is wrong with it. */
    static final String LINK_INVALID = "videoLinkInvalid";

    private final MediaEngine engine;
    private final LiveCalls liveCalls;
    private final RealtimeSessions sessions;
    private final VideoTimeline timeline;
    private final VideoLinks links;
    private final VideoProperties properties;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("video-calls").daemon().factory());

    private final Map<String, VideoCall> byId = new HashMap<>();
    private final Map<String, VideoCall> byToken = new HashMap<>();
    private final Map<String, VideoCall> byCall = new HashMap<>();
    private final Map<String, VideoCall> byLegSocket = new HashMap<>();

    VideoCalls(MediaEngine engine, LiveCalls liveCalls, RealtimeSessions sessions, VideoTimeline timeline, VideoLinks links,
               VideoProperties properties, Clock clock) {
        this.engine = engine;
        this.liveCalls = liveCalls;
        this.sessions = sessions;
        this.timeline = timeline;
        this.links = links;
        this.properties = properties;
        this.clock = clock;
    }

    /** VE-01/02: a room for the tab's phone call and a new link by SMS to {@code to}. */
    VideoView start(RealtimeTab tab, String callId, String to) {
        LiveCalls.LiveCall live = talking(tab, callId);
        String token = VideoLinkToken.create();
        String link = links.link(tab, token);
        VideoCall call;
        synchronized (this) {
            VideoCall current = byCall.get(key(tab.account().tenant(), callId));
            if (current != null && current.ownerAccountId == tab.account().accountId()) {
                throw VideoProblem.of("videoActive", "This call already has a video room");
            }
            if (current != null) {
                end(current, VideoEndReason.replaced);
            }
            Instant now = clock.instant();
            call = new VideoCall(UUID.randomUUID().toString(), tab.account().tenant(), callId, VideoLinkToken.hash(token), link,
                    to, tab.account().accountId(), live.extension(), now, now.plus(properties.maxDuration()), engine.createVideoRoom());
            VideoCall created = call;
            call.room.onSourcesChanged(() -> timer.execute(() -> announceSources(created)));
            register(call);
        }
        SmsMessage sms;
        try {
            sms = links.send(call, tab.account().accountId(), to);
        } catch (RuntimeException e) {
            synchronized (this) {
                forget(call);
            }
            throw e;
        }
        synchronized (this) {
            call.sms(sms);
            if (!call.live()) {
                return call.viewFor(tab.account().accountId());
            }
            timeline.add(call, call.startedAt, VideoTimeline.Kind.VIDEO_STARTED, live.extension(), tab.account().name(), call.to);
            long delay = Math.max(0, call.endsAt.toEpochMilli() - clock.millis());
            call.timeLimit = timer.schedule(() -> timeUp(call), delay, TimeUnit.MILLISECONDS);
            return call.viewFor(tab.account().accountId());
        }
    }

    /** The tab's leg in the room; a communicator on the call who does not own it takes it over (VE-08). */
    synchronized Map<String, Object> join(RealtimeTab tab, String videoId, String offer) {
        VideoCall call = liveCall(tab, videoId);
        long me = tab.account().accountId();
        boolean talking = liveCalls.talking(tab.account().tenant(), me, call.callId).isPresent();
        if (call.ownerAccountId != me && !talking) {
            throw VideoProblem.of("notOnCall", "Only a communicator on the call can join its video room");
        }
        // The offer first: a bad one must not take the room from its owner.
        Answered answered = answered("video-agent-" + tab.account().login(), offer);
        WebRtcEndpoint endpoint = answered.endpoint();
        if (call.ownerAccountId != me) {
            takeOver(call, tab);
        }
        leaveAgentLeg(call);
        VideoLeg leg = new VideoLeg(tab.id(), endpoint, tab::send);
        call.agent = leg;
        byLegSocket.put(tab.id(), call);
        watch(call, leg);
        call.room.add(endpoint.video());
        return Map.of("sdp", answered.sdp(), "sources", call.room.sourcesFor(endpoint.video()));
    }

    /** A re-offer on the tab's leg (camera on/off, a screen share, more receiving sections). */
    synchronized Map<String, Object> agentOffer(RealtimeTab tab, String offer) {
        VideoCall call = byLegSocket.get(tab.id());
        if (call == null || call.agent == null || !call.agent.socketId().equals(tab.id())) {
            throw VideoProblem.of("notInRoom", "This tab is not in a video room");
        }
        return reanswer(call, call.agent, offer);
    }

    /** VE-05: the communicator ends the video; the phone call carries on. */
    synchronized VideoView end(RealtimeTab tab, String videoId) {
        VideoCall call = ownCall(tab, videoId);
        end(call, VideoEndReason.agentEnded);
        return call.viewFor(tab.account().accountId());
    }

    VideoView resend(RealtimeTab tab, String videoId, String to) {
        VideoCall call;
        synchronized (this) {
            call = ownCall(tab, videoId);
        }
        SmsMessage sms = links.send(call, tab.account().accountId(), to != null ? to : call.to);
        synchronized (this) {
            call.sms(sms);
            if (call.live()) {
                timeline.add(call, clock.instant(), VideoTimeline.Kind.VIDEO_LINK_RESENT, call.ownerExtension, tab.account().name(), call.to);
            }
            return call.viewFor(tab.account().accountId());
        }
    }

    /** The call's live room, for a communicator on the call (a transfer's receiver, a reloaded page). */
    synchronized Optional<VideoView> status(RealtimeTab tab, String callId) {
        VideoCall call = byCall.get(key(tab.account().tenant(), callId));
        if (call == null) {
            return Optional.empty();
        }
        long me = tab.account().accountId();
        if (call.ownerAccountId != me && liveCalls.talking(tab.account().tenant(), me, callId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(call.viewFor(me));
    }

    /** A capture or a recording the owner saved (its name only: the file stays in the browser). */
    synchronized void file(RealtimeTab tab, String videoId, VideoFileKind kind, String name) {
        VideoCall call = byId.get(videoId);
        if (call == null || !call.tenant.equals(tab.account().tenant()) || call.ownerAccountId != tab.account().accountId()) {
            throw VideoProblem.of("unknownVideo", "No such video call");
        }
        timeline.add(call, clock.instant(), kind == VideoFileKind.capture ? VideoTimeline.Kind.VIDEO_CAPTURE : VideoTimeline.Kind.VIDEO_RECORDING,
                call.ownerExtension, tab.account().name(), name);
    }

    // --- the customer's page

    /** Whether the link opens a room now. */
    synchronized boolean opens(String token) {
        return VideoLinkToken.wellFormed(token) && byToken.containsKey(VideoLinkToken.hash(token));
    }

    /** The customer's page joins the room its link is bound to; a page already in it is replaced. */
    synchronized Map<String, Object> customerJoin(String socketId, VideoEventSink events, String token, String offer) {
        VideoCall call = VideoLinkToken.wellFormed(token) ? byToken.get(VideoLinkToken.hash(token)) : null;
        if (call == null) {
            throw VideoProblem.of(LINK_INVALID, "This link is no longer valid");
        }
        Answered answered = answered("video-customer", offer);
        WebRtcEndpoint endpoint = answered.endpoint();
        VideoLeg previous = call.customer;
        if (previous != null) {
            removeLeg(call, previous);
            call.customer = null;
            byLegSocket.remove(previous.socketId(), call);
            if (!previous.socketId().equals(socketId)) {
                // Not the room's end: the same link opened in another window took the place.
                previous.events().send(ENDED_EVENT, Map.of("reason", OPENED_ELSEWHERE));
            }
        }
        VideoCall elsewhere = byLegSocket.get(socketId);
        if (elsewhere != null && elsewhere != call) {
            customerGone(socketId);
        }
        VideoLeg leg = new VideoLeg(socketId, endpoint, events);
        call.customer = leg;
        byLegSocket.put(socketId, call);
        watch(call, leg);
        boolean first = call.customerJoined();
        call.room.add(endpoint.video());
        if (first) {
            timeline.add(call, clock.instant(), VideoTimeline.Kind.VIDEO_CUSTOMER_JOINED, call.to, null, null);
        }
        tellOwner(call);
        return Map.of("sdp", answered.sdp(), "sources", call.room.sourcesFor(endpoint.video()));
    }

    synchronized Map<String, Object> customerOffer(String socketId, String offer) {
        VideoCall call = roomOfPage(socketId);
        return reanswer(call, call.customer, offer);
    }

    /** VE-05: the customer's "End video". */
    synchronized void customerEnd(String socketId) {
        end(roomOfPage(socketId), VideoEndReason.customerEnded);
    }

    /** The customer's page went (closed, reloaded, lost its network): the room waits for it. */
    synchronized void customerGone(String socketId) {
        VideoCall call = byLegSocket.get(socketId);
        if (call != null && call.customer != null && call.customer.socketId().equals(socketId)) {
            removeLeg(call, call.customer);
            call.customer = null;
            byLegSocket.remove(socketId);
            tellOwner(call);
        }
    }

    /** The call whose customer leg this page has now. */
    private VideoCall roomOfPage(String socketId) {
        VideoCall call = byLegSocket.get(socketId);
        if (call == null || call.customer == null || !call.customer.socketId().equals(socketId)) {
            throw VideoProblem.of("notInRoom", "This page is not in a video room");
        }
        return call;
    }

    // --- what ends or changes calls from outside

    /** VE-05: either side hanging up the phone ends the video (on our thread: the PBX's call executor must not wait for us). */
    @EventListener
    void on(PbxCallEvent event) {
        if (event.event() instanceof CallEvent.CallEnded ended) {
            timer.execute(() -> callEnded(key(event.tenant(), ended.callId())));
        }
    }

    private synchronized void callEnded(String callKey) {
        VideoCall call = byCall.get(callKey);
        if (call != null) {
            end(call, VideoEndReason.callEnded);
        }
    }

    /** A communicator's tab went: its leg leaves, the room stays for it (a reload joins again). */
    @EventListener
    synchronized void on(RealtimeTabClosed closed) {
        VideoCall call = byLegSocket.get(closed.tabId());
        if (call != null && call.agent != null && call.agent.socketId().equals(closed.tabId())) {
            leaveAgentLeg(call);
        }
    }

    private synchronized void timeUp(VideoCall call) {
        if (call.live()) {
            end(call, VideoEndReason.timeLimit);
        }
    }

    /** A leg whose media failed or went silent (reaped by the engine) leaves the room; its page may join again. */
    private void watch(VideoCall call, VideoLeg leg) {
        leg.endpoint().onStateChange(state -> {
            if (state == EndpointState.FAILED || state == EndpointState.CLOSED) {
                timer.execute(() -> legLost(call, leg));
            }
        });
    }

    private synchronized void legLost(VideoCall call, VideoLeg leg) {
        if (call.customer == leg) {
            customerGone(leg.socketId());
        } else if (call.agent == leg) {
            leaveAgentLeg(call);
        }
    }

    // --- inside the lock

    private void register(VideoCall call) {
        byId.put(call.id, call);
        byToken.put(call.tokenHash, call);
        byCall.put(key(call.tenant, call.callId), call);
    }

    /** A call that never started (its SMS was refused): gone without a trace. */
    private void forget(VideoCall call) {
        byId.remove(call.id, call);
        byToken.remove(call.tokenHash, call);
        byCall.remove(key(call.tenant, call.callId), call);
        call.room.close();
    }

    private void end(VideoCall call, VideoEndReason reason) {
        if (!call.live()) {
            return;
        }
        call.end(reason);
        if (call.timeLimit != null) {
            call.timeLimit.cancel(false);
        }
        // VE-06: the link opens nothing from now on.
        byToken.remove(call.tokenHash, call);
        byCall.remove(key(call.tenant, call.callId), call);
        byId.remove(call.id, call);
        VideoLeg customer = call.customer;
        leaveAgentLeg(call);
        if (customer != null) {
            removeLeg(call, customer);
            call.customer = null;
            byLegSocket.remove(customer.socketId(), call);
            customer.events().send(ENDED_EVENT, Map.of("reason", reason.name()));
        }
        call.room.close();
        timeline.add(call, clock.instant(), VideoTimeline.Kind.VIDEO_ENDED, call.ownerExtension, null, reason.name());
        tellOwner(call);
    }

    private void takeOver(VideoCall call, RealtimeTab tab) {
        long previousOwner = call.ownerAccountId;
        leaveAgentLeg(call);
        String extension = liveCalls.talking(tab.account().tenant(), tab.account().accountId(), call.callId)
                .map(LiveCalls.LiveCall::extension).orElse(null);
        call.ownerAccountId = tab.account().accountId();
        call.ownerExtension = extension;
        timeline.add(call, clock.instant(), VideoTimeline.Kind.VIDEO_TAKEN_OVER, extension, tab.account().name(), null);
        sessions.toAccount(call.tenant, previousOwner, ROOM_EVENT, call.viewFor(previousOwner));
    }

    private void leaveAgentLeg(VideoCall call) {
        VideoLeg leg = call.agent;
        if (leg != null) {
            removeLeg(call, leg);
            call.agent = null;
            byLegSocket.remove(leg.socketId(), call);
        }
    }

    private static void removeLeg(VideoCall call, VideoLeg leg) {
        leg.endpoint().onStateChange(state -> { });
        call.room.remove(leg.endpoint().video());
        leg.endpoint().close();
    }

    private void tellOwner(VideoCall call) {
        sessions.toAccount(call.tenant, call.ownerAccountId, ROOM_EVENT, call.viewFor(call.ownerAccountId));
    }

    private synchronized void announceSources(VideoCall call) {
        if (!call.live()) {
            return;
        }
        if (call.agent != null) {
            call.agent.events().send(SOURCES_EVENT, Map.of("sources", call.room.sourcesFor(call.agent.endpoint().video())));
        }
        if (call.customer != null) {
            VideoPort page = call.customer.endpoint().video();
            call.customer.events().send(SOURCES_EVENT, Map.of("sources", call.room.sourcesFor(page), "screens", screensTo(call, page)));
        }
    }

    /**
     * The customer's sections that carry the communicator's screen: our page sends its camera on its
     * first video section (sending or not) and a screen share on a later one.
     */
    private static List<String> screensTo(VideoCall call, VideoPort page) {
        if (call.agent == null) {
            return List.of();
        }
        VideoPort agent = call.agent.endpoint().video();
        String camera = firstVideoMid(agent);
        return call.room.forwardingTo(page).stream()
                .filter(f -> f.from() == agent && !f.trackMid().equals(camera))
                .map(VideoRoom.Forwarding::slotMid).toList();
    }

    private static String firstVideoMid(VideoPort port) {
        return Stream.concat(port.publishedTracks().stream().map(t -> t.mid()), port.receivingSlots().stream().map(s -> s.mid()))
                .min(VideoCalls::compareMids).orElse("");
    }

    /** Mids are numbers in browsers' offers; compared as numbers when they are. */
    private static int compareMids(String a, String b) {
        boolean numeric = a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit) && !a.isEmpty() && !b.isEmpty();
        return numeric && a.length() < 10 && b.length() < 10 ? Integer.compare(Integer.parseInt(a), Integer.parseInt(b)) : a.compareTo(b);
    }

    private Map<String, Object> reanswer(VideoCall call, VideoLeg leg, String offer) {
        try {
            String answer = leg.endpoint().answer(offer);
            return Map.of("sdp", answer, "sources", call.room.sourcesFor(leg.endpoint().video()));
        } catch (MediaException e) {
            throw VideoProblem.of("badOffer", "The offer cannot be answered: " + e.getMessage());
        }
    }

    private record Answered(WebRtcEndpoint endpoint, String sdp) {
    }

    private Answered answered(String label, String offer) {
        WebRtcEndpoint endpoint = engine.createVideoEndpoint(label);
        try {
            return new Answered(endpoint, endpoint.answer(offer));
        } catch (MediaException e) {
            endpoint.close();
            throw VideoProblem.of("badOffer", "The offer cannot be answered: " + e.getMessage());
        }
    }

    private LiveCalls.LiveCall talking(RealtimeTab tab, String callId) {
        return liveCalls.talking(tab.account().tenant(), tab.account().accountId(), callId)
                .orElseThrow(() -> VideoProblem.of("notOnCall", "Video needs a phone call you are on"));
    }

    private VideoCall liveCall(RealtimeTab tab, String videoId) {
        VideoCall call = byId.get(videoId);
        if (call == null || !call.tenant.equals(tab.account().tenant())) {
            throw VideoProblem.of("unknownVideo", "No such video call, or it has ended");
        }
        return call;
    }

    private VideoCall ownCall(RealtimeTab tab, String videoId) {
        VideoCall call = liveCall(tab, videoId);
        if (call.ownerAccountId != tab.account().accountId()) {
            throw VideoProblem.of("notOwner", "Another communicator has this video call now");
        }
        return call;
    }

    private static String key(TenantId tenant, String callId) {
        return tenant.value() + "/" + callId;
    }

    @Override
    public synchronized void close() {
        // Shutting down: the media goes, nothing more is recorded.
        for (VideoCall call : byId.values()) {
            leaveAgentLeg(call);
            if (call.customer != null) {
                removeLeg(call, call.customer);
            }
            call.room.close();
        }
        byId.clear();
        byToken.clear();
        byCall.clear();
        timer.shutdownNow();
    }
}
