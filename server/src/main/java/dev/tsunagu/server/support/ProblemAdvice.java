package dev.tsunagu.server.support;

import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns refused input into RFC 9457 problem documents with an {@code errors} list of
 * {@code {field, code}}, the shape docs/protocol.md promises to the browser.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemAdvice {

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return withErrors(HttpStatus.BAD_REQUEST, "Validation failed", e.problems());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return withErrors(HttpStatus.NOT_FOUND, e.getMessage(), List.of(FieldProblem.of(null, FieldProblem.Code.notFound)));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return withErrors(HttpStatus.BAD_REQUEST, "The request body is not valid JSON for this request",
                List.of(FieldProblem.of(null, FieldProblem.Code.invalidFormat)));
    }

    private static ProblemDetail withErrors(HttpStatus status, String detail, List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("errors", problems.stream()
                .map(p -> p.field() == null ? Map.of("code", p.code().name()) : Map.of("field", p.field(), "code", p.code().name()))
                .toList());
        return problem;
    }
}
