package dev.tsunagu.server.video;

import dev.tsunagu.server.realtime.RealtimeProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
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

    /** The application's policy, plus the camera for this page only; never framed (a link must not be clickjacked). */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; "
            + "style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

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
        var paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(request -> paths.matcher(HttpMethod.GET, PAGE_PATH).matches(request)
                        || paths.matcher(HttpMethod.GET, SOCKET_PATH).matches(request))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        // The link is a secret: the page's address must not leak to other sites.
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }
}
