package io.credlink.sanction.internal;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

import io.credlink.graph.CypherCatalog;
import io.credlink.graph.GraphSessions;
import io.credlink.graph.ReadModelRefresher;
import io.credlink.graph.ReadModelRefresher.Touched;
import io.credlink.sanction.SanctionProperties;

/**
 * The facts of the black and red lists ({@link BlackList}, {@link RedList}) kept in memory, so
 * that a page of either list on any day is answered without a graph query. Fed by the
 * application's own writes, the same with the embedded DBMS and an external server
 * ({@link ListsModelFeed}): a write that may change a list (a sanction recorded, withdrawn, ended
 * early or objected to, a credit record recorded or withdrawn, an import, a resolution run or
 * decision) makes the model stale from inside its transaction, and the lists are computed from
 * facts read per request until the model is rebuilt, {@code projection-refresh-delay} after the
 * last such write. Writes the application does not make are seen at the next full rebuild
 * ({@code projection-full-rebuild-every}). A rebuild is two queries, of every blacklisting
 * sanction and every RED_LIST or AWARD record.
 */
@Component
class ListsModel {

    /** Both lists' facts, read in one transaction. */
    record Facts(BlackList black, RedList red) {
    }

    private static final Logger log = LoggerFactory.getLogger(ListsModel.class);

    private final Driver driver;
    private final String listBlacklistingSanctions;
    private final String listRedListRecords;
    private final ReadModelRefresher refresher;
    private volatile Facts current;

    ListsModel(Driver driver, CypherCatalog catalog, SanctionProperties properties) {
        this.driver = driver;
        this.listBlacklistingSanctions = catalog.get("sanction/listBlacklistingSanctions");
        this.listRedListRecords = catalog.get("sanction/listRedListRecords");
        this.refresher = ReadModelRefresher.rebuilding("lists-model", properties.projectionRefreshDelay(),
                properties.projectionFullRebuildEvery(), properties.listsModel(), this::rebuild);
    }

    /** Built only where lists are answered, a web application: a command never asks for one. */
    @EventListener(ApplicationReadyEvent.class)
    void onReady(ApplicationReadyEvent event) {
        refresher.startIfServing(event.getApplicationContext());
    }

    @PreDestroy
    void stop() {
        refresher.stop();
    }

    /** The current transaction may change a list: nothing is answered from memory until a rebuild after it. */
    void changing() {
        refresher.changing(Touched.EVERYTHING);
    }

    /** The black list's facts as the graph holds them now: from memory when current, else read. */
    BlackList black() {
        Facts kept = kept();
        if (kept != null) {
            return kept.black();
        }
        try (Session session = driver.session(GraphSessions.read(driver))) {
            return session.executeRead(tx -> BlackList.read(tx, listBlacklistingSanctions));
        }
    }

    /** Both lists' facts as the graph holds them now (the red list needs the black): from memory when current, else read. */
    Facts both() {
        Facts kept = kept();
        return kept != null ? kept : read();
    }

    /** Whether pages are answered from memory right now. */
    boolean current() {
        return current != null && refresher.current();
    }

    /** Brings the model up to date now, on the calling thread; false while a change is still open. */
    boolean refresh() {
        return refresher.refreshNow();
    }

    /** Rebuilds now even if nothing changed: what the application did not write is read too. */
    boolean rebuildNow() {
        return refresher.rebuildNow();
    }

    private Facts kept() {
        // whether it is current first, then the facts: a rebuild publishes them before it reports current
        return refresher.current() ? current : null;
    }

    private Facts read() {
        try (Session session = driver.session(GraphSessions.read(driver))) {
            return session.executeRead(tx -> new Facts(BlackList.read(tx, listBlacklistingSanctions),
                    RedList.read(tx, listRedListRecords)));
        }
    }

    private boolean rebuild(long stamp) {
        long t0 = System.nanoTime();
        Facts facts = read();
        if (refresher.changes() != stamp) {
            return false;
        }
        current = facts;
        log.info("lists model rebuilt in {} ms: {} blacklisting sanctions, {} red list records",
                (System.nanoTime() - t0) / 1_000_000, facts.black().sanctions().size(), facts.red().records().size());
        return true;
    }
}
