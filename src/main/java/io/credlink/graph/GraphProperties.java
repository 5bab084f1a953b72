package io.credlink.graph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Where the graph lives.
 *
 * @param dataDir directory of the embedded store ({@code credlink.data-dir}, default {@code ./data})
 * @param neo4j   embedded DBMS settings ({@code credlink.neo4j.*})
 * @param backgroundWork run the work queued after commits (the credit recomputations) in this
 *                process; false queues it only, durably, for the next process on the store to run
 *                (the {@code import --no-wait} command), see {@link BackgroundWork}
 */
@Validated
@ConfigurationProperties("credlink")
public record GraphProperties(
        @NotNull @DefaultValue("./data") Path dataDir,
        @NotNull @DefaultValue Neo4j neo4j,
        @DefaultValue("true") boolean backgroundWork) {

    /**
     * @param embedded        start Neo4j in-process (default); false = use {@code spring.neo4j.uri}
     * @param boltHost        interface the embedded Bolt connector binds to (loopback by default)
     * @param boltPort        port of the embedded Bolt connector; 0 picks a free one
     * @param pageCache       page cache size of the embedded DBMS, e.g. {@code 512m}
     * @param procedures      register GDS and APOC in the embedded DBMS
     * @param temporary       put the store in a fresh temporary directory deleted on shutdown (tests)
     * @param shutdownTimeout how long a clean shutdown may take
     * @param indexTransactionPerLabel when the schema migrations create several indexes together, one
     *                        transaction per label (a population job each, which Neo4j can run
     *                        concurrently) issued beside the constraints, instead of one for all;
     *                        off by default (see docs/import.md)
     * @param transientRetries how often an outermost Spring-managed transaction that failed on a
     *                        transient error of the server (deadlock, lock timeout, leader switch)
     *                        runs again, with backoff; 0 turns retrying off
     * @param settings        further settings of the embedded DBMS by Neo4j's own names, e.g.
     *                        {@code credlink.neo4j.settings.[db.transaction.timeout]=30s};
     *                        Neo4j validates them at start-up
     */
    public record Neo4j(
            @DefaultValue("true") boolean embedded,
            @NotNull @DefaultValue("127.0.0.1") String boltHost,
            @Min(0) @Max(65535) @DefaultValue("0") int boltPort,
            @NotNull @DefaultValue("512m") String pageCache,
            @DefaultValue("true") boolean procedures,
            @DefaultValue("false") boolean temporary,
            @NotNull @DefaultValue("30s") Duration shutdownTimeout,
            @DefaultValue("false") boolean indexTransactionPerLabel,
            @Min(0) @Max(20) @DefaultValue("5") int transientRetries,
            @NotNull @DefaultValue Map<String, String> settings) {
    }
}
