package dev.tsunagu.server.sipedge;

import dev.tsunagu.server.identity.AccountPrincipal;
import dev.tsunagu.sip.trunk.TrunkConfig;
import dev.tsunagu.sip.trunk.TrunkStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SIP part of the admin screen: phone logins, carrier trunks and what is registered now.
 * Reading needs SUPERVISOR, changing needs ADMIN (SecurityConfig's rules for /api/admin/**).
 */
@RestController
class SipAdminController {

    /** Who is registered and how the trunks are, for the status panel. */
    record Status(boolean enabled, int port, List<Registration> registrations, List<TrunkStatus> trunks) {
    }

    record Registration(String username, String extension, String contact, String source, String transport, Instant expiresAt,
                        String userAgent) {
    }

    private final SipAdminService service;
    private final SipEdgeRunner runner;

    SipAdminController(SipAdminService service, SipEdgeRunner runner) {
        this.service = service;
        this.runner = runner;
    }

    @GetMapping("/api/admin/sip/logins")
    List<SipLoginBody.View> logins(@AuthenticationPrincipal AccountPrincipal me) {
        return service.logins(me.tenant()).stream().map(SipLoginBody.View::of).toList();
    }

    @PostMapping("/api/admin/sip/logins")
    @ResponseStatus(HttpStatus.CREATED)
    SipLoginBody.View createLogin(@AuthenticationPrincipal AccountPrincipal me, @RequestBody SipLoginBody.Draft body) {
        return SipLoginBody.View.of(service.createLogin(me.tenant(), body));
    }

    @PutMapping("/api/admin/sip/logins/{id}")
    SipLoginBody.View updateLogin(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @RequestBody SipLoginBody.Draft body) {
        return SipLoginBody.View.of(service.updateLogin(me.tenant(), id, body));
    }

    @DeleteMapping("/api/admin/sip/logins/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteLogin(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        service.deleteLogin(me.tenant(), id);
    }

    @GetMapping("/api/admin/sip/trunks")
    List<SipTrunkBody.View> trunks(@AuthenticationPrincipal AccountPrincipal me) {
        Map<String, TrunkStatus> statuses = runner.trunkStatuses().stream().collect(Collectors.toMap(TrunkStatus::id, Function.identity(),
                (a, b) -> a));
        List<TrunkConfig> all = service.trunks(me.tenant());
        return java.util.stream.IntStream.range(0, all.size())
                .mapToObj(i -> SipTrunkBody.View.of(all.get(i), i + 1, statuses.get(all.get(i).id()))).toList();
    }

    @PostMapping("/api/admin/sip/trunks")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> createTrunk(@AuthenticationPrincipal AccountPrincipal me, @RequestBody SipTrunkBody.Draft body) {
        return Map.of("id", service.createTrunk(me.tenant(), body));
    }

    @PutMapping("/api/admin/sip/trunks/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void updateTrunk(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @RequestBody SipTrunkBody.Draft body) {
        service.updateTrunk(me.tenant(), id, body);
    }

    @DeleteMapping("/api/admin/sip/trunks/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteTrunk(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        service.deleteTrunk(me.tenant(), id);
    }

    @GetMapping("/api/admin/sip/status")
    Status status() {
        return new Status(runner.isRunning(), runner.port(), runner.registrations().stream()
                .map(b -> new Registration(b.username(), b.extension(), b.contact(), b.sourceAddress() + ":" + b.sourcePort(), b.transport(),
                        b.expiresAt(), b.userAgent()))
                .toList(), runner.trunkStatuses());
    }
}
