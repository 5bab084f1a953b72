package io.credlink.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

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
     * Writes the C4 component diagram of all modules, one PlantUML diagram and one canvas per
     * module. Every run writes them into {@code target/modules/} (so a change that breaks the
     * Documenter fails here); {@code -Dcredlink.module-docs=docs/modules} writes the committed ones.
     * The Documenter lists relations and events in no fixed order, so the files are only rewritten
     * on request, not on every test run.
     */
    @Test
    void writesTheModuleDiagrams() throws Exception {
        Path out = Path.of(System.getProperty("credlink.module-docs", "target/modules"));
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(out.toString()))
                .writeDocumentation();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).contains("components.puml", "all-docs.adoc")
                    .containsAll(MODULES.stream().map(m -> "module-" + m.getIdentifier() + ".puml").toList());
        }
    }
}
