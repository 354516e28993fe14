package dev.tsunagu.server.sms;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The two SMS endpoints reached without a session, in a filter chain of their own ahead of the
 * application's: the provider's status callback (authenticated by the signed token in its URL,
 * so no CSRF token: the provider has none) and the dev phone's message list (answers only in
 * demo mode, see {@link DevPhoneMessagesController}). Nothing else is matched here, so every
 * other path keeps the application's rules.
 */
@Configuration(proxyBeanMethods = false)
class SmsSecurityConfig {

    @Bean
    @Order(10)
    SecurityFilterChain smsWithoutSession(HttpSecurity http) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(request -> paths.matcher(HttpMethod.POST, HttpSmsProvider.CALLBACK_PATH + "**").matches(request)
                        || paths.matcher(HttpMethod.GET, DevPhoneMessagesController.PATH).matches(request))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
