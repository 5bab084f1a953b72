package io.credlink.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.BookmarkManagerConfig;
import org.neo4j.driver.BookmarkManagers;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;

import io.credlink.graph.internal.SharedBookmarksConfiguration.SpringBookmarksToDriver;

/**
 * Spring Data Neo4j's bookmarks and the driver's are one set: Spring's transactions start from
 * the driver's bookmarks too, and what Spring's commits leave replaces, in the driver's manager,
 * what they left before (the driver's own bookmarks stay).
 */
class SharedBookmarksTest {

    final BookmarkManager driver = BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().build());

    @Test
    void springsTransactionsStartFromTheDriversBookmarksAndHandTheirsToIt() {
        Neo4jBookmarkManager spring = Neo4jBookmarkManager.create(driver::getBookmarks);
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.addApplicationListener(new SpringBookmarksToDriver(driver));
            context.refresh();
            spring.setApplicationEventPublisher(context);

            Bookmark driverWrite = Bookmark.from("driver-1");
            driver.updateBookmarks(Set.of(), Set.of(driverWrite));
            assertThat(spring.getBookmarks()).containsExactly(driverWrite);

            // a Spring commit that began from the driver's bookmark
            Bookmark springWrite = Bookmark.from("spring-1");
            spring.updateBookmarks(Set.copyOf(spring.getBookmarks()), Set.of(springWrite));
            assertThat(driver.getBookmarks()).containsExactlyInAnyOrder(driverWrite, springWrite);

            // the next one replaces it; a driver commit that used both replaces both
            Bookmark springAgain = Bookmark.from("spring-2");
            spring.updateBookmarks(Set.copyOf(spring.getBookmarks()), Set.of(springAgain));
            assertThat(driver.getBookmarks()).containsExactlyInAnyOrder(driverWrite, springAgain);
            Bookmark driverAgain = Bookmark.from("driver-2");
            driver.updateBookmarks(driver.getBookmarks(), Set.of(driverAgain));
            assertThat(driver.getBookmarks()).containsExactly(driverAgain);
            assertThat(spring.getBookmarks()).containsExactlyInAnyOrder(driverAgain, springAgain);
        }
    }
}
