package dev.tsunagu.server.realtime;

/** Published when a tab's WebSocket has closed, so modules can release what the tab held (media legs, …). */
public record RealtimeTabClosed(String tabId, long accountId) {
}
