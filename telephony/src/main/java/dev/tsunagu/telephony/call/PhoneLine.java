package dev.tsunagu.telephony.call;

import dev.tsunagu.media.MediaEndpoint;

/**
 * One registered phone of an extension: a softphone tab with its persistent media leg. An
 * extension may have several lines (two tabs); all of them ring for an incoming call.
 */
public record PhoneLine(String id, String extension, String displayName, MediaEndpoint leg) {
}
