package org.unionfund.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MvStoreDurabilityTest {

    @TempDir
    Path dir;
    private MVStore store;
    private MVMap<String, String> map;
    private MvStoreDurability durability;

    @BeforeEach
    void open() {
        store = new MVStore.Builder().fileName(dir.resolve("test.mv.db").toString()).autoCommitDisabled().open();
        map = store.openMap("events");
        durability = new MvStoreDurability(store, Duration.ofMinutes(5));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void write(String key) {
        durability.durably(() -> map.put(key, "v"));
    }

    @Test
    void a_write_is_committed_before_it_returns() {
        write("a");
        assertThat(store.hasUnsavedChanges()).isFalse();
    }

    @Test
    void a_bulk_load_commits_its_writes_together_at_its_end() {
        durability.deferring(() -> {
            write("a");
            write("b");
            assertThat(store.hasUnsavedChanges()).isTrue();
            durability.deferring(() -> write("c"));
            assertThat(store.hasUnsavedChanges()).as("an inner scope does not end the bulk").isTrue();
        });
        assertThat(store.hasUnsavedChanges()).isFalse();
        assertThat(map).containsKeys("a", "b", "c");
    }

    @Test
    void a_write_of_another_thread_during_a_bulk_load_is_still_committed_at_once() throws Exception {
        durability.deferring(() -> {
            write("bulk");
            Thread other = new Thread(() -> write("user"));
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            assertThat(store.hasUnsavedChanges()).isFalse();
        });
    }

    @Test
    void a_long_bulk_load_still_commits_at_least_every_so_often() throws Exception {
        durability = new MvStoreDurability(store, Duration.ofMillis(200));
        durability.deferring(() -> {
            write("a");
            sleep(250);
            write("b");
            assertThat(store.hasUnsavedChanges()).isFalse();
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
