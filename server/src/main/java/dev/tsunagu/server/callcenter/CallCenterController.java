package dev.tsunagu.server.callcenter;

import dev.tsunagu.server.identity.AccountPrincipal;
import java.util.List;
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

/** {@code /api/admin/call-centers}: SUPERVISOR reads, ADMIN changes (the security rules of /api/admin). */
@RestController
class CallCenterController {

    static final String PATH = "/api/admin/call-centers";

    private final CallCenterService service;

    CallCenterController(CallCenterService service) {
        this.service = service;
    }

    @GetMapping(PATH)
    List<CallCenterBody.View> all(@AuthenticationPrincipal AccountPrincipal me) {
        return service.all(me.tenant()).stream().map(CallCenterBody.View::of).toList();
    }

    @PostMapping(PATH)
    @ResponseStatus(HttpStatus.CREATED)
    CallCenterBody.View create(@AuthenticationPrincipal AccountPrincipal me, @RequestBody CallCenterBody.Draft body) {
        return CallCenterBody.View.of(service.create(me.tenant(), body));
    }

    @PutMapping(PATH + "/{id}")
    CallCenterBody.View update(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                               @RequestBody CallCenterBody.Draft body) {
        return CallCenterBody.View.of(service.update(me.tenant(), id, body));
    }

    @DeleteMapping(PATH + "/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        service.delete(me.tenant(), id);
    }
}
