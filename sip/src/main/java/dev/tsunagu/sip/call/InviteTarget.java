package dev.tsunagu.sip.call;

import javax.sip.address.Address;
import javax.sip.address.SipURI;

/**
 * Where and as whom we send an INVITE: the Request-URI (a phone's contact, or the number at the
 * carrier), From and To, the transport, our Contact's user, and for a withheld caller ID the
 * Privacy header (RFC 3323).
 */
public record InviteTarget(SipURI requestUri, Address from, Address to, String transport, String contactUser, boolean privacy) {
}
