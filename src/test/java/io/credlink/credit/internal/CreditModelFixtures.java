package io.credlink.credit.internal;

import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import io.credlink.credit.CreditProperties;

/** The credit configuration as Spring binds it, from its defaults plus the given properties. */
final class CreditModelFixtures {

    private CreditModelFixtures() {
    }

    static CreditProperties properties(Map<String, String> overrides) {
        return new Binder(new MapConfigurationPropertySource(overrides)).bindOrCreate("credlink.credit", CreditProperties.class);
    }

    static CreditProperties defaults() {
        return properties(Map.of());
    }
}
