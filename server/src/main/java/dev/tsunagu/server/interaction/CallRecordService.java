package dev.tsunagu.server.interaction;

import dev.tsunagu.server.identity.AccountPrincipal;
import dev.tsunagu.server.identity.Accounts;
import dev.tsunagu.server.identity.Role;
import dev.tsunagu.server.phone.CallParties;
import dev.tsunagu.server.support.NotFoundException;
import dev.tsunagu.server.tenant.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tags and notes on calls (WS-04, WS-05). An agent may change the record of a call its extension
 * took part in; supervisors and admins any call of the tenant. Anything else is "not found", so
 * call ids cannot be probed.
 */
@Service
public class CallRecordService {

    private final CallRecords records;
    private final Tags tags;
    private final CallParties parties;
    private final Accounts accounts;

    CallRecordService(CallRecords records, Tags tags, CallParties parties, Accounts accounts) {
        this.records = records;
        this.tags = tags;
        this.parties = parties;
        this.accounts = accounts;
    }

    /** The records of many calls, for histories (no access check: the history query did it). */
    @Transactional(readOnly = true)
    public Map<String, CallRecord> recordsOf(TenantId tenant, Collection<String> callIds) {
        return records.of(tenant, callIds);
    }

    @Transactional(readOnly = true)
    CallRecord record(AccountPrincipal me, String callId) {
        check(me, callId);
        return records.of(me.tenant(), List.of(callId)).get(callId);
    }

    @Transactional
    CallRecord addTag(AccountPrincipal me, String callId, long tagId) {
        check(me, callId);
        tags.find(me.tenant(), tagId).orElseThrow(() -> new NotFoundException("Tag"));
        records.addTag(me.tenant(), callId, tagId, me.accountId());
        return records.of(me.tenant(), List.of(callId)).get(callId);
    }

    @Transactional
    CallRecord removeTag(AccountPrincipal me, String callId, long tagId) {
        check(me, callId);
        records.removeTag(me.tenant(), callId, tagId);
        return records.of(me.tenant(), List.of(callId)).get(callId);
    }

    /** Saves the signed-in agent's own note; an empty note removes it. */
    @Transactional
    CallRecord saveNote(AccountPrincipal me, String callId, String rawBody) {
        String body = InteractionRules.note(rawBody);
        check(me, callId);
        if (body.isBlank()) {
            records.deleteNote(me.tenant(), callId, me.accountId());
        } else {
            records.saveNote(me.tenant(), callId, me.accountId(), body);
        }
        return records.of(me.tenant(), List.of(callId)).get(callId);
    }

    private void check(AccountPrincipal me, String callId) {
        if (callId == null || !InteractionRules.CALL_ID.matcher(callId).matches()) {
            throw new NotFoundException("Call");
        }
        boolean may = me.role() == Role.USER
                ? parties.tookPart(me.tenant(), callId, accounts.find(me.tenant(), me.accountId()).map(a -> a.extension()).orElse(null))
                : parties.exists(me.tenant(), callId);
        if (!may) {
            throw new NotFoundException("Call");
        }
    }
}
