package io.credlink.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * The module rules of STYLE.md, checked on the compiled main classes: a module may use another
 * module's top-level API package only, never its {@code internal} or {@code web} packages; module
 * dependencies form no cycle; the data generator stands alone.
 */
class ModuleBoundariesTest {

    static final String ROOT = "io.credlink";
    static final List<String> MODULES = List.of("graph", "ingest", "datagen", "registry", "sanction", "fraud",
            "credit", "access", "resolution", "web");

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void everyClassLivesInAKnownModule() {
        List<String> strays = CLASSES.stream()
                .map(JavaClass::getPackageName)
                .filter(p -> p.startsWith(ROOT + "."))
                .map(p -> p.substring(ROOT.length() + 1).split("\\.")[0])
                .filter(module -> !MODULES.contains(module))
                .distinct().toList();
        assertThat(strays).as("packages under io.credlink that are not modules of DESIGN.md").isEmpty();
    }

    @Test
    void modulesUseOnlyEachOthersApiPackages() {
        for (String module : MODULES) {
            ArchRule rule = noClasses().that().resideOutsideOfPackage(ROOT + "." + module + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            ROOT + "." + module + ".internal..", ROOT + "." + module + ".web..")
                    .because("the internals and controllers of " + module + " are its own")
                    .allowEmptyShould(true);
            rule.check(CLASSES);
        }
    }

    @Test
    void moduleDependenciesHaveNoCycles() {
        SlicesRuleDefinition.slices().matching(ROOT + ".(*)..").should().beFreeOfCycles()
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void theGeneratorDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage(ROOT + ".datagen..")
                .should().dependOnClassesThat().resideInAnyPackage(MODULES.stream()
                        .filter(m -> !m.equals("datagen")).map(m -> ROOT + "." + m + "..").toArray(String[]::new))
                .allowEmptyShould(true)
                .check(CLASSES);
    }
}
