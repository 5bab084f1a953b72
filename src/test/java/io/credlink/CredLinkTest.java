package io.credlink;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port against one embedded Neo4j on a temporary store.
 * Every class using exactly this annotation shares one Spring context, hence one DBMS. Fields
 * for the HTTP client and the browsers are set up by {@link CredLinkHttp}. Tagged
 * {@code application}: {@code mvn verify} runs these classes a second time against a Neo4j in
 * another process ({@link TestNeo4j}, docs/testing.md).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(CredLinkHttp.class)
@Tag("application")
public @interface CredLinkTest {
}
