package io.credlink.architecture;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import io.credlink.CredLinkApplication;

class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(CredLinkApplication.class);

    @Test
    void modulesUseOnlyTheDependenciesTheyDeclare() {
        MODULES.verify();
    }
}
