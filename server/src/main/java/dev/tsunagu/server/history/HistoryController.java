package dev.tsunagu.server.history;

import dev.tsunagu.server.identity.AccountPrincipal;
import dev.tsunagu.server.support.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/history/{calls|labels|call-centers}} and their CSV exports, for any signed-in account
 * (a USER sees its own calls; see {@link HistoryService}). Parameters arrive as text and are checked
 * by {@link HistoryRules}, so a bad value is a field problem rather than a type-conversion error.
 */
@RestController
class HistoryController {

    private final HistoryService service;

    HistoryController(HistoryService service) {
        this.service = service;
    }

    @GetMapping("/api/history/options")
    HistoryOptions options(@AuthenticationPrincipal AccountPrincipal me) {
        return service.options(me);
    }

    @GetMapping("/api/history/{view}")
    HistoryPage page(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String view,
                     @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     @RequestParam(required = false) String tz, @RequestParam(required = false) String agent,
                     @RequestParam(required = false) String callCenter, @RequestParam(required = false) String label,
                     @RequestParam(required = false) String tag, @RequestParam(required = false) String outcome,
                     @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        HistoryParams params = new HistoryParams(from, to, tz, agent, callCenter, label, tag, outcome, page, size);
        return service.page(me.tenant(), service.filter(me, viewOf(view), params));
    }

    @GetMapping("/api/history/{view}/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String view,
                                  @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                  @RequestParam(required = false) String tz, @RequestParam(required = false) String agent,
                                  @RequestParam(required = false) String callCenter, @RequestParam(required = false) String label,
                                  @RequestParam(required = false) String tag, @RequestParam(required = false) String outcome) {
        HistoryView which = viewOf(view);
        HistoryFilter filter = service.filter(me, which, new HistoryParams(from, to, tz, agent, callCenter, label, tag, outcome, null, null));
        byte[] csv = HistoryCsv.write(which, service.all(me.tenant(), filter), filter.zone());
        String name = "history-" + which.path + "-" + LocalDate.now(filter.zone()) + ".csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv);
    }

    private static HistoryView viewOf(String path) {
        return HistoryView.ofPath(path).orElseThrow(() -> new NotFoundException("History"));
    }
}
