package dev.tsunagu.server.pbx;

import dev.tsunagu.server.identity.AccountPrincipal;
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
 * The company's numbers on the PBX admin screen. Reading needs SUPERVISOR, changing needs ADMIN
 * (SecurityConfig's rules for /api/admin/**).
 */
@RestController
class InboundNumberController {

    static final String PATH = "/api/admin/inbound-numbers";

    private final InboundNumberService service;

    InboundNumberController(InboundNumberService service) {
        this.service = service;
    }

    @GetMapping(PATH)
    InboundNumberBody.Listing numbers(@AuthenticationPrincipal AccountPrincipal me) {
        return new InboundNumberBody.Listing(service.mainNumber(me.tenant()).orElse(null),
                service.numbers(me.tenant()).stream().map(InboundNumberBody.View::of).toList());
    }

    @PostMapping(PATH)
    @ResponseStatus(HttpStatus.CREATED)
    InboundNumberBody.View create(@AuthenticationPrincipal AccountPrincipal me, @RequestBody InboundNumberBody.Draft body) {
        return InboundNumberBody.View.of(service.create(me.tenant(), body));
    }

    /** A literal path: Spring prefers it to {@code {id}}, and an id is a number anyway. */
    @PutMapping(PATH + "/main-number")
    InboundNumberBody.Main saveMainNumber(@AuthenticationPrincipal AccountPrincipal me, @RequestBody InboundNumberBody.Main body) {
        return new InboundNumberBody.Main(service.saveMainNumber(me.tenant(), body.mainNumber()).orElse(null));
    }

    @PutMapping(PATH + "/{id}")
    InboundNumberBody.View update(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                                  @RequestBody InboundNumberBody.Draft body) {
        return InboundNumberBody.View.of(service.update(me.tenant(), id, body));
    }

    @DeleteMapping(PATH + "/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        service.delete(me.tenant(), id);
    }
}
