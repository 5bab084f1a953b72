package io.credlink.graph.internal;

import java.util.Set;
import java.util.TreeSet;

import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Embedded Neo4j loads procedure jars only from its plugin directory, so GDS and APOC are
 * registered by hand: every class under their packages that declares a procedure or a
 * function is handed to {@link GlobalProcedures}. A class that does not link (APOC's Arrow
 * support needs Arrow, which is not shipped) is skipped.
 */
public final class ProcedureRegistrar {

    private static final Logger log = LoggerFactory.getLogger(ProcedureRegistrar.class);

    private static final String PROCEDURE = "org.neo4j.procedure.Procedure";
    private static final String FUNCTION = "org.neo4j.procedure.UserFunction";
    private static final String AGGREGATION = "org.neo4j.procedure.UserAggregationFunction";
    private static final String[] PACKAGES = {"org.neo4j.gds", "apoc"};

    private ProcedureRegistrar() {
    }

    public static void registerAll(GraphDatabaseAPI db) {
        long t0 = System.nanoTime();
        GlobalProcedures procedures = db.getDependencyResolver().resolveDependency(GlobalProcedures.class);
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent() && definition.getMetadata().isConcrete();
            }
        };
        scanner.addIncludeFilter((reader, factory) -> {
            AnnotationMetadata m = reader.getAnnotationMetadata();
            return m.hasAnnotatedMethods(PROCEDURE) || m.hasAnnotatedMethods(FUNCTION)
                    || m.hasAnnotatedMethods(AGGREGATION);
        });
        int classes = 0;
        Set<String> skipped = new TreeSet<>();
        for (String pkg : PACKAGES) {
            for (BeanDefinition candidate : scanner.findCandidateComponents(pkg)) {
                String name = candidate.getBeanClassName();
                try {
                    Class<?> type = Class.forName(name, true, ProcedureRegistrar.class.getClassLoader());
                    AnnotationMetadata m = AnnotationMetadata.introspect(type);
                    if (m.hasAnnotatedMethods(PROCEDURE)) {
                        procedures.registerProcedure(type);
                    }
                    if (m.hasAnnotatedMethods(FUNCTION)) {
                        procedures.registerFunction(type);
                    }
                    if (m.hasAnnotatedMethods(AGGREGATION)) {
                        procedures.registerAggregationFunction(type);
                    }
                    classes++;
                } catch (Exception | LinkageError e) {
                    skipped.add(name + " (" + e.getClass().getSimpleName() + ")");
                }
            }
        }
        log.info("Registered GDS and APOC procedures from {} classes in {} ms", classes,
                (System.nanoTime() - t0) / 1_000_000);
        if (!skipped.isEmpty()) {
            log.debug("Skipped procedure classes that do not link here: {}", skipped);
        }
    }
}
