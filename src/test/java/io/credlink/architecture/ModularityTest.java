package io.credlink.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;

import io.credlink.CredLinkApplication;

/**
 * The module boundaries, proved by Spring Modulith: no module reaches another's {@code internal}
 * or {@code web} packages (only a module's top-level package is its API), module dependencies
 * form no cycle, and each module uses only the modules its {@code package-info.java} allows.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(CredLinkApplication.class);

    @Test
    void modulesUseOnlyTheApiOfTheModulesTheyAllow() {
        MODULES.verify();
    }

    @Test
    void theModulesAreThoseOfTheDesign() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString())).containsExactlyInAnyOrderElementsOf(
                ModuleBoundariesTest.MODULES);
    }

    /** Without allowedDependencies a module may use every other one; each states its own. */
    @Test
    void everyModuleDeclaresItsAllowedDependencies() {
        MODULES.forEach(module -> {
            ApplicationModule declared = Package.getPackage(module.getBasePackage().getName())
                    .getAnnotation(ApplicationModule.class);
            assertThat(declared).as("@ApplicationModule on package-info of " + module.getIdentifier()).isNotNull();
            assertThat(declared.allowedDependencies()).as(module.getIdentifier() + " allowedDependencies")
                    .doesNotContain(ApplicationModule.OPEN_TOKEN);
        });
    }

    /** Controllers and internals stay private: the top-level package is a module's only interface. */
    @Test
    void everyModuleExposesOnlyItsTopLevelPackage() {
        MODULES.forEach(module -> assertThat(module.getNamedInterfaces().stream().toList())
                .as(module.getIdentifier() + " named interfaces").singleElement()
                .matches(NamedInterface::isUnnamed, "the top-level package"));
    }

    /**
     * Writes the module canvases and the C4 component diagrams (PlantUML) into {@code docs/modules/}.
     * Runs with the others, so the committed diagrams follow the code; {@code git diff docs/modules}
     * after a test run shows what changed.
     */
    @Test
    void writesTheModuleDiagrams() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeDocumentation();
    }
}
