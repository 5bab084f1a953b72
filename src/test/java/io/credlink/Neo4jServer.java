package io.credlink;

import java.net.URI;

/** A Neo4j server outside the test's application: where it is and how to sign in. */
public interface Neo4jServer extends AutoCloseable {

    URI boltUri();

    String user();

    String password();

    @Override
    void close();
}
