package dev.tsunagu.telephony.call;

/**
 * What the PBX tells call-center routing about calls that reach a call center (CC-01/CC-02). The
 * PBX holds the caller (music, announcements) and rings the agents it is told to ring
 * ({@link Pbx#offerQueued}); whoever implements this decides who and when. Every method is called
 * on the call's executor and must not block.
 */
public interface CallQueues {

    /** No call centers: their numbers are not in service. */
    CallQueues NONE = new CallQueues() {
        @Override
        public boolean arrived(String callId, String callCenterId, String callerNumber, String callerName) {
            return false;
        }

        @Override
        public void offerAnswered(String callId, long offerId) {
        }

        @Override
        public void offerFailed(String callId, long offerId, boolean declined) {
        }

        @Override
        public void callerLeft(String callId) {
        }

        @Override
        public void agentLeft(String callId) {
        }
    };

    /** A caller reached the call center; false when it takes no calls (the caller hears busy). */
    boolean arrived(String callId, String callCenterId, String callerNumber, String callerName);

    /** The agent's phone answered the offer: the caller and the agent talk. */
    void offerAnswered(String callId, long offerId);

    /**
     * The offer ended unanswered: {@code declined} when the agent refused it (hung up while ringing,
     * or the phone was busy), else it rang out or the agent had no phone to ring. The caller waits on.
     */
    void offerFailed(String callId, long offerId, boolean declined);

    /** The caller hung up (or was dropped) before an agent answered. */
    void callerLeft(String callId);

    /** The agent who answered left the call (hung up, transferred it on): their part of the call is over. */
    void agentLeft(String callId);
}
