package dev.tsunagu.server.realtime;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;

/** The one WebSocket endpoint, {@code /ws}: same-origin by default, 64 KiB frames at most. */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class RealtimeConfig implements WebSocketConfigurer {

    static final int MAX_FRAME_BYTES = 64 * 1024;

    private final RealtimeHandler handler;
    private final RealtimeProperties properties;

    RealtimeConfig(RealtimeHandler handler, RealtimeProperties properties) {
        this.handler = handler;
        this.properties = properties;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        var sessionId = new HttpSessionHandshakeInterceptor();
        sessionId.setCopyAllAttributes(false);
        registry.addHandler(handler, "/ws")
                .addInterceptors(sessionId)
                .setAllowedOrigins(properties.allowedOrigins().toArray(String[]::new));
    }

    @Bean
    ServletServerContainerFactoryBean webSocketContainer() {
        var container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(MAX_FRAME_BYTES);
        container.setMaxBinaryMessageBufferSize(MAX_FRAME_BYTES);
        return container;
    }

    /** Signing out (or a session timing out) closes that session's tabs, so no socket outlives its sign-in. */
    @Bean
    ServletListenerRegistrationBean<HttpSessionListener> closeTabsWithSession(RealtimeSessions sessions) {
        return new ServletListenerRegistrationBean<>(new HttpSessionListener() {
            @Override
            public void sessionDestroyed(HttpSessionEvent event) {
                sessions.closeAllOf(event.getSession().getId());
            }
        });
    }
}
