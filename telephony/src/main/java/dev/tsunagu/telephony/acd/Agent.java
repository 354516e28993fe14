package dev.tsunagu.telephony.acd;

/** An agent the engine may offer calls to, and the extension whose phones ring for an offer. */
public record Agent(String id, String extension) {

    public Agent {
        RoutingException.requireId(id, "agent id");
        RoutingException.requireId(extension, "extension of agent " + id);
    }
}
