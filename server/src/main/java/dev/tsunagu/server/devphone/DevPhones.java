package dev.tsunagu.server.devphone;

import dev.tsunagu.media.MediaEngine;
import dev.tsunagu.media.MediaException;
import dev.tsunagu.media.webrtc.WebRtcEndpoint;
import dev.tsunagu.server.realtime.PageSocket;
import dev.tsunagu.server.realtime.RealtimeError;
import dev.tsunagu.server.realtime.RealtimeException;
import dev.tsunagu.telephony.call.LineKind;
import dev.tsunagu.telephony.call.Pbx;
import dev.tsunagu.telephony.call.PhoneLine;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The open dev phones and the numbers they hold on the virtual network. Each socket has at most
 * one line: an OUTSIDE line of the PBX under the phone's number, with the page's media leg, whose
 * views go to the page as {@code phone.call}. A number belongs to one open dev phone at a time;
 * it is free again when that page connects under another number or closes.
 */
@Component
class DevPhones implements AutoCloseable {

    /** An unauthenticated page can open these, so there is a ceiling (the demo needs a handful). */
    static final int MAX_PHONES = 20;
    static final String CALL_EVENT = "phone.call";
    static final String LEG_EVENT = "phone.leg";

    record Line(String id, String number, WebRtcEndpoint leg) {
    }

    private final MediaEngine engine;
    private final Pbx pbx;
    private final Map<String, PageSocket> sockets = new ConcurrentHashMap<>();
    private final Map<String, Line> lineOfSocket = new ConcurrentHashMap<>();
    /** number → the socket holding it. */
    private final Map<String, String> holders = new ConcurrentHashMap<>();

    DevPhones(MediaEngine engine, Pbx pbx) {
        this.engine = engine;
        this.pbx = pbx;
    }

    /** A page connected; false when there are too many already. */
    boolean open(PageSocket socket) {
        synchronized (sockets) {
            if (sockets.size() >= MAX_PHONES) {
                return false;
            }
            sockets.put(socket.id(), socket);
            return true;
        }
    }

    /**
     * Registers the socket's phone under {@code number} with a new media leg answering {@code offer},
     * replacing the line it had (whose call, if any, ends for it). A refusal leaves the socket with
     * no line: the page has already let its old leg go.
     *
     * @return the SDP answer and the new line
     */
    Map<String, Object> connect(String socketId, String number, String offer) {
        PageSocket socket = sockets.get(socketId);
        if (socket == null) {
            throw new RealtimeException(RealtimeError.invalidPayload, "notConnected");
        }
        dropLine(socketId);
        synchronized (holders) {
            String holder = holders.get(number);
            if (holder != null && !holder.equals(socketId)) {
                throw new RealtimeException(RealtimeError.invalidPayload, "numberTaken");
            }
            holders.put(number, socketId);
        }
        WebRtcEndpoint leg = engine.createWebRtcEndpoint("devphone-" + number);
        String answer;
        try {
            answer = leg.answer(offer);
        } catch (MediaException e) {
            leg.close();
            holders.remove(number, socketId);
            throw new RealtimeException(RealtimeError.invalidPayload, "The offer cannot be answered: " + e.getMessage());
        }
        Line line = new Line(UUID.randomUUID().toString(), number, leg);
        leg.onStateChange(state -> socket.send(LEG_EVENT, Map.of("state", state.name().toLowerCase(Locale.ROOT))));
        lineOfSocket.put(socketId, line);
        pbx.register(new PhoneLine(line.id(), number, null, leg, LineKind.OUTSIDE), view -> socket.send(CALL_EVENT, view));
        return Map.of("sdp", answer, "lineId", line.id(), "number", number, "resumed", false);
    }

    /** The line the socket has now. */
    Optional<Line> lineOf(String socketId) {
        return Optional.ofNullable(lineOfSocket.get(socketId));
    }

    /** The page closed: its line goes (its call ends for it) and its number is free. */
    void close(String socketId) {
        sockets.remove(socketId);
        dropLine(socketId);
    }

    private void dropLine(String socketId) {
        Line line = lineOfSocket.remove(socketId);
        if (line != null) {
            pbx.unregister(line.id());
            line.leg().onStateChange(state -> { });
            line.leg().close();
            holders.remove(line.number(), socketId);
        }
    }

    @Override
    public void close() {
        sockets.keySet().forEach(this::dropLine);
    }
}
