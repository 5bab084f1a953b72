package io.credlink.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.credlink.graph.ReadModelRefresher.Touched;

/**
 * What the refresher promises a model, without a database: keys are not served from the moment a
 * writer names them until a patch that began after their transaction completed; a change that
 * names no keys, or too many, needs a rebuild; a key changing while a rebuild or patch runs stays
 * changing; nothing is served before the first rebuild. The background thread is never started:
 * every refresh here is an explicit one.
 */
class ReadModelRefresherTest {

    final List<Long> rebuilds = new ArrayList<>();
    final List<Set<String>> patches = new ArrayList<>();
    Runnable duringRefresh = () -> {
    };
    final ReadModelRefresher refresher = ReadModelRefresher.patching("test-model", Duration.ofHours(1), Duration.ZERO, 3,
            true, stamp -> {
                duringRefresh.run();
                rebuilds.add(stamp);
                return true;
            }, (keys, stamp) -> {
                duringRefresh.run();
                patches.add(keys);
                return true;
            });

    @AfterEach
    void stop() {
        refresher.stop();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void nothingIsServedBeforeTheFirstRebuild() {
        assertThat(refresher.serves(List.of("a"))).isFalse();
        assertThat(refresher.refreshNow()).isTrue();
        assertThat(rebuilds).hasSize(1);
        assertThat(refresher.serves(List.of("a"))).isTrue();
        assertThat(refresher.current()).isTrue();
    }

    @Test
    void keysAreNotServedFromTheWriteUntilPatchedAfterItsCommit() {
        refresher.refreshNow();
        ReadModelRefresher.Change change = refresher.begin(Touched.keys(List.of("a", "b")));
        assertThat(refresher.serves(List.of("a"))).isFalse();
        assertThat(refresher.serves(List.of("c"))).as("other keys are served meanwhile").isTrue();
        assertThat(refresher.refreshNow()).as("no patch of a key still being written").isFalse();
        assertThat(patches).allSatisfy(p -> assertThat(p).isEmpty());
        change.close();
        assertThat(refresher.serves(List.of("b"))).as("committed, not patched yet").isFalse();
        assertThat(refresher.refreshNow()).isTrue();
        assertThat(patches.get(patches.size() - 1)).containsExactlyInAnyOrder("a", "b");
        assertThat(refresher.serves(List.of("a", "b"))).isTrue();
        assertThat(rebuilds).as("patched, not rebuilt").hasSize(1);
    }

    @Test
    void aKeyWrittenAgainWhilePatchedStaysChanging() {
        refresher.refreshNow();
        refresher.begin(Touched.keys(List.of("a"))).close();
        ReadModelRefresher.Change[] again = new ReadModelRefresher.Change[1];
        duringRefresh = () -> {
            if (again[0] == null) {
                again[0] = refresher.begin(Touched.keys(List.of("a")));
            }
        };
        assertThat(refresher.refreshNow()).isFalse();
        assertThat(refresher.serves(List.of("a"))).as("a write began while the patch read").isFalse();
        duringRefresh = () -> {
        };
        again[0].close();
        assertThat(refresher.refreshNow()).isTrue();
        assertThat(refresher.serves(List.of("a"))).isTrue();
    }

    @Test
    void aWholeChangeOrTooManyKeysNeedARebuildAndNothingIsServedMeanwhile() {
        refresher.refreshNow();
        ReadModelRefresher.Change whole = refresher.begin(Touched.EVERYTHING);
        assertThat(refresher.serves(List.of("a"))).isFalse();
        assertThat(refresher.refreshNow()).as("no rebuild while it is open").isFalse();
        whole.close();
        assertThat(refresher.refreshNow()).isTrue();
        assertThat(rebuilds).hasSize(2);

        ReadModelRefresher.Change many = refresher.begin(Touched.keys(List.of("a", "b", "c", "d")));
        assertThat(refresher.serves(List.of("z"))).as("more than maxPatchKeys: the whole model").isFalse();
        many.close();
        assertThat(refresher.refreshNow()).isTrue();
        assertThat(rebuilds).hasSize(3);
        assertThat(refresher.current()).isTrue();
    }

    @Test
    void aKeyOpenDuringARebuildIsPatchedAfterIt() {
        ReadModelRefresher.Change open = refresher.begin(Touched.keys(List.of("a")));
        assertThat(refresher.refreshNow()).as("rebuilt, but a is still being written").isFalse();
        assertThat(refresher.serves(List.of("b"))).isTrue();
        assertThat(refresher.serves(List.of("a"))).isFalse();
        open.close();
        assertThat(refresher.refreshNow()).isTrue();
        assertThat(patches.get(patches.size() - 1)).containsExactly("a");
    }

    @Test
    void inATransactionTheKeysSettleWhenItCompletes() {
        refresher.refreshNow();
        TransactionSynchronizationManager.initSynchronization();
        refresher.changing(Touched.keys(List.of("a")));
        assertThat(refresher.serves(List.of("a"))).isFalse();
        assertThat(refresher.refreshNow()).as("still open").isFalse();
        List<TransactionSynchronization> syncs = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        syncs.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        assertThat(refresher.refreshNow()).as("a rollback settles too: re-read, the same").isTrue();
        assertThat(refresher.serves(List.of("a"))).isTrue();
    }

    @Test
    void aFullRebuildRunsWhileServingAndSeesWhatNoWriterNamed() {
        refresher.refreshNow();
        duringRefresh = () -> assertThat(refresher.serves(List.of("a"))).as("served during the rebuild").isTrue();
        assertThat(refresher.rebuildNow()).isTrue();
        assertThat(rebuilds).hasSize(2);
    }

    @Test
    void disabledItServesNothing() {
        ReadModelRefresher off = ReadModelRefresher.rebuilding("off", Duration.ofSeconds(1), Duration.ZERO, false, s -> true);
        off.begin(Touched.EVERYTHING).close();
        assertThat(off.refreshNow()).isFalse();
        assertThat(off.serves(List.of("a"))).isFalse();
        assertThat(off.current()).isFalse();
    }
}
