package dev.tsunagu.sip;

import dev.tsunagu.sip.auth.Challenges;
import dev.tsunagu.sip.auth.DigestVerifier;
import dev.tsunagu.sip.call.CallIds;
import dev.tsunagu.sip.guard.SourceGuard;
import dev.tsunagu.sip.phone.PhoneLines;
import dev.tsunagu.sip.registrar.RegisterHandler;
import dev.tsunagu.sip.registrar.Registrar;
import dev.tsunagu.sip.stack.Signalling;
import dev.tsunagu.sip.trunk.SipTrunks;

/** What the request handling of the edge works with. */
record EdgeContext(Signalling sip, Registrar registrar, PhoneLines phones, SipTrunks trunks, CallIds calls, SourceGuard guard,
                   DigestVerifier verifier, Challenges challenges, RegisterHandler registers) {
}
