package dev.tsunagu.server.video;

import dev.tsunagu.server.realtime.PageWithoutSession;
import dev.tsunagu.server.realtime.RealtimeProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * The customer's video page and socket (VE-03). The customer has no account: the two paths get a
 * filter chain of their own, without sign-in or session, matching nothing else; what they can
 * reach is decided by the link's token alone.
 */
@Configuration(proxyBeanMethods = false)
class CustomerVideoConfig implements WebSocketConfigurer {

    /** Any token but the socket's own name: the page tells a bad link from a good one, not a 404. */
    static final String PAGE_PATH = "/v/{token:(?!ws$)[A-Za-z0-9_-]+}";
    static final String SOCKET_PATH = "/v/ws";

    private final CustomerVideoHandler handler;
    private final RealtimeProperties properties;

    CustomerVideoConfig(CustomerVideoHandler handler, RealtimeProperties properties) {
        this.handler = handler;
        this.properties = properties;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, SOCKET_PATH).setAllowedOrigins(properties.allowedOrigins().toArray(String[]::new));
    }

    @Bean
    @Order(12)
    SecurityFilterChain customerVideoWithoutSession(HttpSecurity http) throws Exception {
        return PageWithoutSession.chain(http, PAGE_PATH, SOCKET_PATH);
    }
}
