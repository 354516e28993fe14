package dev.tsunagu.server.phone;

import dev.tsunagu.media.MediaEngine;
import dev.tsunagu.server.identity.Accounts;
import dev.tsunagu.server.tenant.HomeTenant;
import dev.tsunagu.telephony.call.Pbx;
import dev.tsunagu.telephony.call.Trunks;
import dev.tsunagu.telephony.dialplan.DialPlan;
import dev.tsunagu.telephony.guidance.Guidance;
import dev.tsunagu.telephony.settings.GuidanceLanguage;
import dev.tsunagu.telephony.settings.ParkingRules;
import dev.tsunagu.telephony.settings.PbxSettings;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The PBX of the home tenant: extensions are the accounts' extension numbers. (One PBX per
 * installation for now, like the home tenant; per-tenant PBXs come with host-based tenants.)
 */
@Configuration(proxyBeanMethods = false)
class PbxConfiguration {

    /** Extensions are 2–8 digits (AccountRules); anything longer leaves the PBX. */
    static final int EXTENSION_MAX_LENGTH = 8;

    @Bean(destroyMethod = "close")
    Pbx pbx(MediaEngine engine, Accounts accounts, HomeTenant home, PhoneProperties properties, ObjectProvider<PbxSettings> configured,
            CallEvents events, Clock clock, ObjectProvider<Trunks> trunks) {
        PbxSettings settings = configured.getIfAvailable(
                () -> PbxSettings.fixed(ParkingRules.DEFAULT, GuidanceLanguage.JA, Map.of()));
        DialPlan plan = new DialPlan(extension -> accounts.findByExtension(home.id(), extension).isPresent(),
                settings::parking, EXTENSION_MAX_LENGTH, settings::inboundNumbers);
        return new Pbx(engine, plan, extension -> accounts.findByExtension(home.id(), extension).map(a -> a.name()),
                settings, new Guidance(), events::on, new Pbx.Timings(properties.ringTimeout(), properties.transferDigitTimeout()),
                clock, trunks.getIfAvailable(() -> Trunks.NONE));
    }
}
