package dev.tsunagu.server.devphone;

import dev.tsunagu.server.realtime.PageWithoutSession;
import dev.tsunagu.server.realtime.RealtimeProperties;
import dev.tsunagu.server.support.DemoMode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * The dev phone's page and socket (PL-03). It plays a customer's phone, so it has no account and
 * no session: its two paths get a filter chain of their own ahead of the application's, which
 * lets them through without sign-in and matches nothing else. They answer in demo mode only
 * (the socket is not even registered otherwise, so both paths are 404).
 */
@Configuration(proxyBeanMethods = false)
class DevPhoneConfig implements WebSocketConfigurer {

    static final String PAGE_PATH = "/devphone";
    static final String SOCKET_PATH = "/devphone/ws";

    private final DemoMode demo;
    private final DevPhoneHandler handler;
    private final RealtimeProperties properties;

    DevPhoneConfig(DemoMode demo, DevPhoneHandler handler, RealtimeProperties properties) {
        this.demo = demo;
        this.handler = handler;
        this.properties = properties;
    }

    /** Same-origin (plus configured origins) like {@code /ws}: another site's page cannot drive a dev phone. */
    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        if (demo.enabled()) {
            registry.addHandler(handler, SOCKET_PATH).setAllowedOrigins(properties.allowedOrigins().toArray(String[]::new));
        }
    }

    @Bean
    @Order(11)
    SecurityFilterChain devPhoneWithoutSession(HttpSecurity http) throws Exception {
        return PageWithoutSession.chain(http, PAGE_PATH, SOCKET_PATH);
    }
}
