package dev.tsunagu.server.realtime;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Origins allowed to open the WebSocket besides the page's own (for a reverse proxy on another
 * host name). Empty means same-origin only, which is what protects the socket from other sites.
 */
@ConfigurationProperties("tsunagu.web")
public record RealtimeProperties(@DefaultValue List<String> allowedOrigins) {
}
