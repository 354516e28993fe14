package dev.tsunagu.server.identity;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Pages and APIs are checked here, on the server: hiding a link in the
 * browser is never the only guard. Sign-in is a plain form post to {@code /login}; the session
 * cookie then authenticates REST calls and the WebSocket.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    private static final String[] PUBLIC = {
        "/", "/login", "/api/session", "/index.html", "/assets/**", "/favicon.svg", "/error",
        "/actuator/health", "/actuator/health/**"
    };

    /** Argon2id for new hashes (OWASP's first choice); the prefix lets a later algorithm take over without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, AccountDetailsService accounts, PasswordEncoder encoder,
                                    LoginThrottle throttle, MeterRegistry meters, SignInOutcome outcome,
                                    ForbiddenResponse forbidden) throws Exception {
        var passwordCheck = new DaoAuthenticationProvider(accounts);
        passwordCheck.setPasswordEncoder(encoder);
        RequestMatcher api = new OrRequestMatcher(path("/api/**"), path("/ws"), path("/actuator/**"));

        http.authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/actuator/prometheus", "/actuator/media").access(loopbackOrAdmin())
                        .requestMatchers(HttpMethod.GET, "/api/admin/**").hasAnyRole("SUPERVISOR", "ADMIN")
                        .requestMatchers("/api/admin/**").hasRole("ADMIN")
                        .requestMatchers("/admin", "/admin/**", "/api/agents/**").hasAnyRole("SUPERVISOR", "ADMIN")
                        .anyRequest().authenticated())
                .authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(passwordCheck, throttle, meters)))
                .formLogin(form -> form.loginPage("/login").successHandler(outcome).failureHandler(outcome))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE)
                        .accessDeniedHandler(forbidden))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; "
                                + "style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'self'; "
                                + "form-action 'self'; base-uri 'self'")));
        return http.build();
    }

    /** Metrics are for the operator's scraper on the same host, or for a signed-in admin. */
    private static AuthorizationManager<RequestAuthorizationContext> loopbackOrAdmin() {
        return (authentication, context) -> {
            String address = context.getRequest().getRemoteAddr();
            boolean loopback = "127.0.0.1".equals(address) || "0:0:0:0:0:0:0:1".equals(address) || "::1".equals(address);
            var auth = authentication.get();
            boolean admin = auth != null && auth.getAuthorities().stream().anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
            return new AuthorizationDecision(loopback || admin);
        };
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
