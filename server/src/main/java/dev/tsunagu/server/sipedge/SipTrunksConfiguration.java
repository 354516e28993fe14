package dev.tsunagu.server.sipedge;

import dev.tsunagu.sip.trunk.SipTrunks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The trunks the PBX is built with (as telephony's {@code Trunks}); without a running edge or a
 * configured trunk they take nothing, and outside numbers ring the virtual network.
 */
@Configuration(proxyBeanMethods = false)
class SipTrunksConfiguration {

    @Bean
    SipTrunks sipTrunks() {
        return new SipTrunks();
    }
}
