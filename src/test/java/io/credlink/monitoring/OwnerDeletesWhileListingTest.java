package io.credlink.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.credlink.CredLinkTest;
import io.credlink.access.CurrentUser;
import io.credlink.access.Role;

/**
 * An owner's watch lists and inbox are listed while lists are deleted (by a colleague of the same
 * organisation, or in another tab): Neo4j reads committed data, so a node deleted in the middle of
 * a listing reads with no properties. The listings leave it out instead of failing.
 */
@CredLinkTest
class OwnerDeletesWhileListingTest {

    static final CurrentUser OWNER = new CurrentUser("deleting-owner", Role.ANALYST, Optional.empty(), Optional.empty());
    static final int LISTS = 150;

    @Autowired
    MonitoringService monitoring;

    @Autowired
    Driver driver;

    @AfterEach
    void clean() {
        driver.executableQuery("""
                MATCH (n) WHERE (n:Watchlist OR n:WatchMember OR n:Notification OR n:OutboxEntry)
                  AND (n.ownerKey = 'user:deleting-owner' OR n.watchlistId STARTS WITH 'gone-')
                DETACH DELETE n
                """).execute();
    }

    @Test
    void listsAndNotificationsDeletedWhileTheyAreListedAreLeftOut() throws InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < LISTS; i++) {
            ids.add(monitoring.create(new WatchlistRequest("list " + i, List.of()), OWNER).id());
        }
        // each list with a notification and its outbox entry, as monitoring leaves them
        driver.executableQuery("""
                UNWIND $ids AS id
                CREATE (:Notification {id: 'n-' + id, ownerKey: 'user:deleting-owner', watchlistId: id,
                        kind: 'SANCTION_RECORDED', kinds: ['SANCTION_RECORDED'], at: datetime(), entityId: 'C1',
                        summary: 'a sanction'})
                CREATE (:OutboxEntry {id: 'o-' + id, notificationId: 'n-' + id, watchlistId: id, status: 'PENDING',
                        attempts: 0})
                """).withParameters(Map.of("ids", ids)).execute();
        Thread deletions = new Thread(() -> ids.forEach(id -> monitoring.delete(id, OWNER)));
        deletions.start();
        try {
            while (deletions.isAlive()) {
                assertThat(monitoring.list(0, LISTS, OWNER).items()).allSatisfy(w -> assertThat(w.name()).isNotNull());
                assertThat(monitoring.notifications(null, null, 0, LISTS, OWNER).items())
                        .allSatisfy(n -> assertThat(n.kind()).isNotNull());
            }
        } finally {
            deletions.join();
        }
        assertThat(monitoring.list(0, LISTS, OWNER).items()).isEmpty();
    }
}
