package dev.tsunagu.server.sipedge;

import dev.tsunagu.server.identity.Accounts;
import dev.tsunagu.server.support.FieldProblem.Code;
import dev.tsunagu.server.support.NotFoundException;
import dev.tsunagu.server.support.Problems;
import dev.tsunagu.server.tenant.TenantId;
import dev.tsunagu.sip.auth.SipCredential;
import dev.tsunagu.sip.trunk.TrunkConfig;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** SIP logins and trunks with the admin screen's rules; every change publishes {@link SipChanged}. */
@Service
class SipAdminService {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:-]{1,255}");
    private static final Pattern ADDRESS = Pattern.compile("[0-9a-fA-F.:]{2,45}(/[0-9]{1,3})?");
    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9]{2,20}");

    private final SipCredentialStore logins;
    private final SipTrunkStore trunks;
    private final Accounts accounts;
    private final SipProperties properties;
    private final ApplicationEventPublisher events;

    SipAdminService(SipCredentialStore logins, SipTrunkStore trunks, Accounts accounts, SipProperties properties,
                    ApplicationEventPublisher events) {
        this.logins = logins;
        this.trunks = trunks;
        this.accounts = accounts;
        this.properties = properties;
        this.events = events;
    }

    @Transactional(readOnly = true)
    List<SipLogin> logins(TenantId tenant) {
        return logins.all(tenant, properties.realm());
    }

    @Transactional
    SipLogin createLogin(TenantId tenant, SipLoginBody.Draft d) {
        Problems p = new Problems();
        String username = d.username() == null ? "" : d.username().trim();
        if (username.isEmpty()) {
            p.add("username", Code.required);
        } else if (!USERNAME.matcher(username).matches()) {
            p.add("username", Code.invalidFormat);
        } else if (logins.usernameTaken(tenant, username)) {
            p.add("username", Code.duplicate);
        }
        checkExtension(p, tenant, d.extension());
        checkPassword(p, d.password(), true);
        p.throwIfAny();
        long id = logins.insert(tenant, SipCredential.of(username, d.extension(), null, properties.realm(), d.password()), properties.realm(),
                d.enabled() == null || d.enabled());
        events.publishEvent(new SipChanged(tenant, null));
        return logins.find(tenant, id, properties.realm()).orElseThrow();
    }

    @Transactional
    SipLogin updateLogin(TenantId tenant, long id, SipLoginBody.Draft d) {
        SipLogin current = logins.find(tenant, id, properties.realm()).orElseThrow(() -> new NotFoundException("sip login"));
        Problems p = new Problems();
        checkExtension(p, tenant, d.extension());
        boolean newPassword = d.password() != null && !d.password().isEmpty();
        if (newPassword) {
            checkPassword(p, d.password(), true);
        }
        p.throwIfAny();
        boolean enabled = d.enabled() == null ? current.enabled() : d.enabled();
        logins.update(tenant, id, d.extension(), enabled);
        if (newPassword) {
            logins.updateHashes(tenant, id, SipCredential.of(current.username(), d.extension(), null, properties.realm(), d.password()),
                    properties.realm());
        }
        boolean revoke = newPassword || !enabled || !Objects.equals(current.extension(), d.extension());
        events.publishEvent(new SipChanged(tenant, revoke ? current.username() : null));
        return logins.find(tenant, id, properties.realm()).orElseThrow();
    }

    @Transactional
    void deleteLogin(TenantId tenant, long id) {
        SipLogin current = logins.find(tenant, id, properties.realm()).orElseThrow(() -> new NotFoundException("sip login"));
        logins.delete(tenant, id);
        events.publishEvent(new SipChanged(tenant, current.username()));
    }

    private void checkExtension(Problems p, TenantId tenant, String extension) {
        if (extension == null || extension.isBlank()) {
            p.add("extension", Code.required);
        } else if (accounts.findByExtension(tenant, extension).isEmpty()) {
            p.add("extension", Code.unknownExtension);
        }
    }

    private static void checkPassword(Problems p, String password, boolean required) {
        if (password == null || password.isEmpty()) {
            if (required) {
                p.add("password", Code.required);
            }
        } else if (password.length() < 8) {
            p.add("password", Code.tooShort);
        } else if (password.length() > 128) {
            p.add("password", Code.tooLong);
        }
    }

    // ---- trunks ----------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    List<TrunkConfig> trunks(TenantId tenant) {
        return trunks.all(tenant);
    }

    @Transactional
    long createTrunk(TenantId tenant, SipTrunkBody.Draft d) {
        TrunkConfig t = checkTrunk(tenant, d, 0, null);
        long id = trunks.insert(tenant, t, d.priority() == null ? 10 : d.priority());
        events.publishEvent(new SipChanged(tenant, null));
        return id;
    }

    @Transactional
    void updateTrunk(TenantId tenant, long id, SipTrunkBody.Draft d) {
        if (!trunks.exists(tenant, id)) {
            throw new NotFoundException("sip trunk");
        }
        TrunkConfig t = checkTrunk(tenant, d, id, trunks.password(tenant, id));
        trunks.update(tenant, id, t, d.priority() == null ? 10 : d.priority());
        events.publishEvent(new SipChanged(tenant, null));
    }

    @Transactional
    void deleteTrunk(TenantId tenant, long id) {
        if (!trunks.exists(tenant, id)) {
            throw new NotFoundException("sip trunk");
        }
        trunks.delete(tenant, id);
        events.publishEvent(new SipChanged(tenant, null));
    }

    private TrunkConfig checkTrunk(TenantId tenant, SipTrunkBody.Draft d, long id, String storedPassword) {
        Problems p = new Problems();
        String name = d.name() == null ? "" : d.name().trim();
        if (name.isEmpty()) {
            p.add("name", Code.required);
        } else if (name.length() > 50) {
            p.add("name", Code.tooLong);
        } else if (trunks.nameTaken(tenant, name, id)) {
            p.add("name", Code.duplicate);
        }
        if (d.host() == null || d.host().isBlank()) {
            p.add("host", Code.required);
        } else if (!HOST.matcher(d.host().trim()).matches()) {
            p.add("host", Code.invalidFormat);
        }
        int port = d.port() == null ? 5060 : d.port();
        if (port < 1 || port > 65535) {
            p.add("port", Code.outOfRange);
        }
        String transport = d.transport() == null ? "udp" : d.transport().toLowerCase(java.util.Locale.ROOT);
        if (!transport.equals("udp") && !transport.equals("tcp")) {
            p.add("transport", Code.unknownValue);
        }
        TrunkConfig.Mode mode = null;
        try {
            mode = TrunkConfig.Mode.valueOf(d.mode() == null ? "" : d.mode());
        } catch (IllegalArgumentException e) {
            p.add("mode", Code.unknownValue);
        }
        String password = d.password() == null || d.password().isEmpty() ? storedPassword : d.password();
        if (mode == TrunkConfig.Mode.REGISTRATION) {
            if (d.username() == null || d.username().isBlank()) {
                p.add("username", Code.required);
            }
            if (password == null || password.isEmpty()) {
                p.add("password", Code.required);
            } else if (password.length() > 128) {
                p.add("password", Code.tooLong);
            }
        }
        List<String> allowed = d.allowedAddresses() == null ? List.of()
                : d.allowedAddresses().stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (mode == TrunkConfig.Mode.IP && allowed.isEmpty()) {
            p.add("allowedAddresses", Code.required);
        }
        if (allowed.stream().anyMatch(a -> !ADDRESS.matcher(a).matches())) {
            p.add("allowedAddresses", Code.invalidFormat);
        }
        String callerId = d.callerId() == null || d.callerId().isBlank() ? null : d.callerId().trim();
        if (callerId != null && !NUMBER.matcher(callerId).matches()) {
            p.add("callerId", Code.invalidFormat);
        }
        int register = d.registerSeconds() == null ? 600 : d.registerSeconds();
        if (register < 60 || register > 86_400) {
            p.add("registerSeconds", Code.outOfRange);
        }
        p.throwIfAny();
        return new TrunkConfig(String.valueOf(id), name, d.host().trim(), port, transport, mode,
                blankToNull(d.username()), password, blankToNull(d.authUsername()), Duration.ofSeconds(register), allowed, callerId,
                d.enabled() == null || d.enabled());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
