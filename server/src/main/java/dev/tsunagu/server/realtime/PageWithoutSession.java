package dev.tsunagu.server.realtime;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The filter chain of a page and its socket that need no sign-in (the dev phone, a customer's
 * video page): it matches those two GET paths and nothing else, lets them through without a
 * session, and gives the page the application's content policy (so it is the same SPA) without
 * framing by anyone and without leaking its address in referrers.
 */
public final class PageWithoutSession {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; "
            + "style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    private PageWithoutSession() {
    }

    public static SecurityFilterChain chain(HttpSecurity http, String pagePath, String socketPath) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(request -> paths.matcher(HttpMethod.GET, pagePath).matches(request)
                        || paths.matcher(HttpMethod.GET, socketPath).matches(request))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }
}
