package io.credlink.graph.internal;

import java.util.Set;

import org.neo4j.driver.Bookmark;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.Driver;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarksUpdatedEvent;

/**
 * One set of bookmarks for Spring Data Neo4j's transactions ({@code Neo4jClient},
 * {@code @Transactional}) and the driver's sessions ({@code executableQuery} and the sessions of
 * {@link io.credlink.graph.GraphSessions}): a read that a cluster sends to a reader then waits until
 * that reader has every write of either kind this process committed before it (a sanction recorded
 * through Spring and read back in a driver session, or the other way round). Spring Data Neo4j's
 * manager starts its transactions from the driver's bookmarks as well as its own, and hands its own
 * to the driver's manager whenever they change (it announces them, on the committing thread).
 */
@Configuration(proxyBeanMethods = false)
class SharedBookmarksConfiguration {

    @Bean
    Neo4jBookmarkManager neo4jBookmarkManager(Driver driver) {
        BookmarkManager shared = driver.executableQueryBookmarkManager();
        return Neo4jBookmarkManager.create(shared::getBookmarks);
    }

    @Bean
    SpringBookmarksToDriver springBookmarksToDriver(Driver driver) {
        return new SpringBookmarksToDriver(driver.executableQueryBookmarkManager());
    }

    /** Replaces, in the driver's manager, what Spring Data Neo4j held before by what it holds now. */
    static final class SpringBookmarksToDriver implements ApplicationListener<Neo4jBookmarksUpdatedEvent> {

        private final BookmarkManager driver;
        private Set<Bookmark> handed = Set.of();

        SpringBookmarksToDriver(BookmarkManager driver) {
            this.driver = driver;
        }

        @Override
        public synchronized void onApplicationEvent(Neo4jBookmarksUpdatedEvent event) {
            Set<Bookmark> now = Set.copyOf(event.getBookmarks());
            driver.updateBookmarks(handed, now);
            handed = now;
        }
    }
}
