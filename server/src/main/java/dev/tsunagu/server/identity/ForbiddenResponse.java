package dev.tsunagu.server.identity;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * What a signed-in account sees when its role may not do something: a problem document for the
 * API, a short page in the user's language for a screen, and a fresh sign-in page when a sign-in
 * form outlived its session (stale CSRF token).
 */
@Component
class ForbiddenResponse implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (denied instanceof CsrfException && "/login".equals(path)) {
            response.sendRedirect("/login?error=expired");
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        if (path.startsWith("/api/") || path.startsWith("/actuator/") || path.equals("/ws")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                    + "\"detail\":\"Your role may not do this\",\"errors\":[]}").getBytes(StandardCharsets.UTF_8));
            return;
        }
        boolean japanese = "ja".equals(language(request));
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(japanese ? page("ja", "アクセスできません", "この画面を開く権限がありません。", "ワークスペースへ")
                : page("en", "Access denied", "Your account may not open this screen.", "Go to the workspace"));
    }

    private static String language(HttpServletRequest request) {
        String chosen = request.getCookies() == null ? null : Arrays.stream(request.getCookies())
                .filter(c -> "tsunagu_lang".equals(c.getName())).map(Cookie::getValue).findFirst().orElse(null);
        if ("ja".equals(chosen) || "en".equals(chosen)) {
            return chosen;
        }
        Locale locale = request.getLocale();
        return locale != null && "ja".equals(locale.getLanguage()) ? "ja" : "en";
    }

    private static String page(String lang, String title, String message, String link) {
        return """
                <!doctype html><html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <title>%s — Tsunagu</title></head><body style="font-family:system-ui,sans-serif;margin:3rem">
                <main><h1>%s</h1><p>%s</p><p><a href="/agent">%s</a></p></main></body></html>
                """.formatted(lang, title, title, message, link);
    }
}
