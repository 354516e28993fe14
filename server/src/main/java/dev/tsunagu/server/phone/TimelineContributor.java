package dev.tsunagu.server.phone;

import dev.tsunagu.server.tenant.TenantId;
import java.time.Instant;
import java.util.List;

/**
 * Another module's entries on a call's timeline (a video room, its captures and recordings), merged
 * by time with the PBX's own moves in {@code GET /api/calls/{id}/timeline}.
 */
public interface TimelineContributor {

    record Entry(Instant at, String kind, String number, String name, String detail) {
    }

    List<Entry> entries(TenantId tenant, String callId);
}
