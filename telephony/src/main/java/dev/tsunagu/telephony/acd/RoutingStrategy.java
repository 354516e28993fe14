package dev.tsunagu.telephony.acd;

/** How a call center picks among its AVAILABLE members for a waiting call (CC-02). */
public enum RoutingStrategy {
    /** The member AVAILABLE for the longest time (since wrap-up ended or they became available). */
    LONGEST_IDLE,
    /** Members in their configured order, each offer going to the next eligible one after the last. */
    ROUND_ROBIN,
    /** The member with the highest skill level in this call center; ties go to the longest idle. */
    SKILLS
}
