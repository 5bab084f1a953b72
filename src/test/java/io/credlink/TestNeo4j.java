package io.credlink;

import java.util.Locale;

/**
 * Which Neo4j the tests that start the application use, chosen by the system property
 * {@code credlink.test.neo4j} (docs/testing.md):
 * <ul>
 * <li>{@code embedded} (default): the application's own in-process DBMS on a temporary store;</li>
 * <li>{@code external-process}: the project's DBMS started by the harness as a separate process
 * ({@link Neo4jServerProcess}), the application in {@code credlink.neo4j.embedded=false} mode;</li>
 * <li>{@code testcontainers}: a Neo4j 5.26 container with GDS and APOC ({@link Neo4jContainerServer}),
 * same mode; needs a Docker engine and fails plainly without one.</li>
 * </ul>
 */
public enum TestNeo4j {
    EMBEDDED, EXTERNAL_PROCESS, TESTCONTAINERS;

    public static final String PROPERTY = "credlink.test.neo4j";

    /** The mode this test JVM runs in. */
    public static TestNeo4j mode() {
        return parse(System.getProperty(PROPERTY, ""));
    }

    static TestNeo4j parse(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "embedded" -> EMBEDDED;
            case "external-process" -> EXTERNAL_PROCESS;
            case "testcontainers" -> TESTCONTAINERS;
            default -> throw new IllegalArgumentException(PROPERTY + " must be embedded, external-process or testcontainers, not '"
                    + value + "'");
        };
    }

    /** The application talks to a server outside its JVM. */
    public boolean external() {
        return this != EMBEDDED;
    }
}
