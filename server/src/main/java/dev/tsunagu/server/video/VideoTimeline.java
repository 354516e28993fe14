package dev.tsunagu.server.video;

import dev.tsunagu.server.phone.TimelineContributor;
import dev.tsunagu.server.tenant.TenantId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The video_event table: a video call's moves on its phone call's timeline. */
@Repository
class VideoTimeline implements TimelineContributor {

    enum Kind { VIDEO_STARTED, VIDEO_LINK_RESENT, VIDEO_CUSTOMER_JOINED, VIDEO_TAKEN_OVER, VIDEO_CAPTURE, VIDEO_RECORDING, VIDEO_ENDED }

    private final JdbcClient jdbc;

    VideoTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(VideoCall call, Instant at, Kind kind, String number, String name, String detail) {
        jdbc.sql("""
                INSERT INTO video_event (tenant_id, call_id, video_id, happened_at, kind, number, name, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(call.tenant.value(), call.callId, call.id, at.atOffset(ZoneOffset.UTC), kind.name(),
                        clip(number, 32), clip(name, 100), clip(detail, 200))
                .update();
    }

    @Override
    public List<Entry> entries(TenantId tenant, String callId) {
        return jdbc.sql("""
                SELECT happened_at, kind, number, name, detail FROM video_event
                WHERE tenant_id = ? AND call_id = ? ORDER BY id""")
                .params(tenant.value(), callId)
                .query((rs, n) -> new Entry(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
