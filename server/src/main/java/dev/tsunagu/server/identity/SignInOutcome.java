package dev.tsunagu.server.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Where the browser goes after a sign-in attempt. Success lands by role (WS-01). Failure says
 * "credentials" whether the login or the password was wrong, so accounts cannot be enumerated;
 * only throttling is told apart, because the user must wait rather than retype.
 */
@Component
class SignInOutcome implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final Landing landing;

    SignInOutcome(Landing landing) {
        this.landing = landing;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        // Sign-in replaced the session's CSRF token with a lazy one. Making it now, in this request,
        // keeps the landing page's first requests (the SPA's and a second tab's /api/session) from
        // each making one and the later save overwriting the token the other was given.
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
        response.sendRedirect(landing.pathFor((AccountPrincipal) authentication.getPrincipal()));
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String reason = exception instanceof LoginThrottledException ? "throttled" : "credentials";
        response.sendRedirect("/login?error=" + reason);
    }
}
