package dev.tsunagu.server.pbx;

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

/**
 * The PBX part of the admin screen: the parking lot, the guidance language and pickup groups.
 * Reading needs SUPERVISOR, changing needs ADMIN (see SecurityConfig's rules for /api/admin/**).
 */
@RestController
class PbxAdminController {

    private final PbxAdminService service;

    PbxAdminController(PbxAdminService service) {
        this.service = service;
    }

    @GetMapping("/api/admin/pbx")
    PbxSettingsBody.View settings(@AuthenticationPrincipal AccountPrincipal me) {
        return PbxSettingsBody.View.of(service.options(me.tenant()));
    }

    @PutMapping("/api/admin/pbx")
    PbxSettingsBody.View saveSettings(@AuthenticationPrincipal AccountPrincipal me, @RequestBody PbxSettingsBody.Draft body) {
        return PbxSettingsBody.View.of(service.saveOptions(me.tenant(), body));
    }

    @GetMapping("/api/admin/pickup-groups")
    List<PickupGroupBody.View> groups(@AuthenticationPrincipal AccountPrincipal me) {
        return service.groups(me.tenant()).stream().map(PickupGroupBody.View::of).toList();
    }

    @PostMapping("/api/admin/pickup-groups")
    @ResponseStatus(HttpStatus.CREATED)
    PickupGroupBody.View createGroup(@AuthenticationPrincipal AccountPrincipal me, @RequestBody PickupGroupBody.Draft body) {
        return PickupGroupBody.View.of(service.createGroup(me.tenant(), body));
    }

    @PutMapping("/api/admin/pickup-groups/{id}")
    PickupGroupBody.View updateGroup(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                                     @RequestBody PickupGroupBody.Draft body) {
        return PickupGroupBody.View.of(service.updateGroup(me.tenant(), id, body));
    }

    @DeleteMapping("/api/admin/pickup-groups/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteGroup(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        service.deleteGroup(me.tenant(), id);
    }
}
