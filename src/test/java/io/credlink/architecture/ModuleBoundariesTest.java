package io.credlink.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The rules of STYLE.md that Spring Modulith does not prove ({@link ModularityTest} proves the
 * boundaries, cycles and allowed dependencies): every class lives in a module of DESIGN.md,
 * controllers live in a {@code web} package, and the modules' exceptions carry no HTTP knowledge
 * (the web module's one table maps them to problem details). ArchUnit fails a rule that matches
 * no class, so none of them can pass by checking nothing.
 */
class ModuleBoundariesTest {

    static final String ROOT = "io.credlink";
    static final List<String> MODULES = List.of("graph", "ingest", "datagen", "registry", "sanction", "fraud",
            "credit", "access", "monitoring", "resolution", "web");

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
    void controllersLiveInAWebPackage() {
        classes().that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
                .should().resideInAPackage(ROOT + ".*.web..")
                .orShould().resideInAPackage(ROOT + ".web..")
                .check(CLASSES);
    }

    /**
     * The kernel API ({@code org.neo4j.graphdb}: transaction listeners, nodes) exists only with the
     * embedded DBMS; outside {@code graph} the modules go through Bolt, so they work the same
     * against an external server or a cluster.
     */
    @Test
    void onlyTheGraphModuleTouchesTheNeo4jKernel() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".graph..")
                .should().dependOnClassesThat().resideInAPackage("org.neo4j.graphdb..")
                .because("the embedded DBMS is one deployment; the modules talk to any Neo4j through the driver")
                .check(CLASSES);
        // and the rule sees what it forbids: the graph module itself starts the DBMS through that API
        classes().that().haveFullyQualifiedName(ROOT + ".graph.EmbeddedNeo4j")
                .should().dependOnClassesThat().resideInAPackage("org.neo4j.graphdb..")
                .check(CLASSES);
    }

    @Test
    void moduleExceptionsCarryNoHttpKnowledge() {
        noClasses().that().areAssignableTo(RuntimeException.class).and().resideOutsideOfPackage(ROOT + ".web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.http..",
                        "org.springframework.web..", "jakarta.servlet..")
                .because("the web module's DomainProblems table maps module exceptions to HTTP")
                .check(CLASSES);
    }
}
