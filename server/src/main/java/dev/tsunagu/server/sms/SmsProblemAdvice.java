package dev.tsunagu.server.sms;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A send refused by the per-number limit, for REST callers of {@link SmsSender}: 429 with a
 * Retry-After and the usual {@code errors} list ({@code {field: "to", code: "tooMany"}}).
 */
@RestControllerAdvice
class SmsProblemAdvice {

    @ExceptionHandler(SmsRateLimitedException.class)
    ResponseEntity<ProblemDetail> rateLimited(SmsRateLimitedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many SMS to this number; try again later");
        problem.setProperty("errors", List.of(Map.of("field", "to", "code", "tooMany")));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.window().toSeconds()))
                .body(problem);
    }
}
