package dev.tsunagu.server.phone;

import dev.tsunagu.server.identity.AccountPrincipal;
import dev.tsunagu.server.realtime.RealtimeException;
import dev.tsunagu.server.support.FieldProblem;
import dev.tsunagu.server.support.InvalidInputException;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The softphone's history (SP-14) and click-to-call for CRMs (SP-04, SP-17). */
@RestController
class PhoneController {

    record DialRequest(String number) {
    }

    private final CallHistory history;
    private final PhoneLines lines;
    private final Dialer dialer;

    PhoneController(CallHistory history, PhoneLines lines, Dialer dialer) {
        this.history = history;
        this.lines = lines;
        this.dialer = dialer;
    }

    @GetMapping("/api/phone/history")
    CallHistory.Page history(@AuthenticationPrincipal AccountPrincipal me, @RequestParam String kind,
                             @RequestParam(defaultValue = "0") int page) {
        HistoryKind parsed;
        try {
            parsed = HistoryKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FieldProblem.of("kind", FieldProblem.Code.unknownValue));
        }
        return history.page(me.tenant(), me.accountId(), parsed, page);
    }

    @PostMapping("/api/phone/dial")
    ResponseEntity<?> dial(@AuthenticationPrincipal AccountPrincipal me, @RequestBody DialRequest body) {
        if (body.number() == null || body.number().isBlank() || body.number().length() > PhoneDialCommand.MAX_NUMBER_LENGTH) {
            throw new InvalidInputException(FieldProblem.of("number", FieldProblem.Code.required));
        }
        var line = lines.anyOf(me.accountId());
        if (line.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "No softphone of this account is connected");
            problem.setProperty("errors", java.util.List.of(Map.of("code", "notConnected")));
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        try {
            return ResponseEntity.accepted().body(Map.of("callId", dialer.dial(line.get().id(), body.number())));
        } catch (RealtimeException refused) {
            throw new InvalidInputException(FieldProblem.of("number", FieldProblem.Code.invalidFormat));
        }
    }
}
