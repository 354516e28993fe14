package dev.tsunagu.server.identity;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Puts {@link LoginThrottle} in front of the password check: a throttled attempt is refused
 * before any hash is computed, and every outcome is counted.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;
    private final Counter succeeded;
    private final Counter failed;
    private final Counter throttled;

    ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottle throttle, MeterRegistry meters) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
        this.succeeded = meters.counter("tsunagu.login", "outcome", "success");
        this.failed = meters.counter("tsunagu.login", "outcome", "failure");
        this.throttled = meters.counter("tsunagu.login", "outcome", "throttled");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String login = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
        if (throttle.isBlocked(login, address)) {
            throttled.increment();
            throw new LoginThrottledException();
        }
        try {
            Authentication result = passwordCheck.authenticate(authentication);
            throttle.recordSuccess(login);
            succeeded.increment();
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(login, address);
            failed.increment();
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
