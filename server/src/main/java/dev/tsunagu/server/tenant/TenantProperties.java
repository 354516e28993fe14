package dev.tsunagu.server.tenant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which tenant a sign-in belongs to. One tenant per installation for now; the slug is the seam
 * where host-name based tenant resolution will go.
 */
@ConfigurationProperties("tsunagu.tenant")
public record TenantProperties(@DefaultValue("default") String slug, @DefaultValue("Tsunagu") String name) {
}
