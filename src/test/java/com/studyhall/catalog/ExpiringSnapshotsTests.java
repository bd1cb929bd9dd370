package com.studyhall.catalog;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ExpiringSnapshotsTests {

    private final AtomicLong now = new AtomicLong();
    private final ExpiringSnapshots<String, String> kept = new ExpiringSnapshots<>(Duration.ofSeconds(5), now::get);
    private final AtomicInteger reads = new AtomicInteger();

    private String read(String key) {
        return key + " read " + reads.incrementAndGet();
    }

    @Test
    void eachKeyIsReadOnceUntilItExpires() {
        assertThat(kept.get("a", () -> read("a"))).isEqualTo("a read 1");
        assertThat(kept.get("b", () -> read("b"))).isEqualTo("b read 2");
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(kept.get("a", () -> read("a"))).isEqualTo("a read 1");

        now.addAndGet(Duration.ofSeconds(1).toNanos());

        assertThat(kept.get("a", () -> read("a"))).isEqualTo("a read 3");
    }

    @Test
    void droppingOneKeyKeepsTheOthers() {
        kept.get("a", () -> read("a"));
        kept.get("b", () -> read("b"));

        kept.invalidate("a");

        assertThat(kept.get("a", () -> read("a"))).isEqualTo("a read 3");
        assertThat(kept.get("b", () -> read("b"))).isEqualTo("b read 2");
    }

    @Test
    void aLoadThatFindsNothingIsAskedAgainNextTime() {
        assertThat(kept.get("missing", () -> null)).isNull();

        assertThat(kept.get("missing", () -> read("missing"))).isEqualTo("missing read 1");
    }

    @Test
    void aLoadOverlappingADropOfEverythingIsNotKept() {
        String seen = kept.get("a", () -> {
            String before = read("a");
            kept.invalidateAll();
            return before;
        });

        assertThat(seen).isEqualTo("a read 1");
        assertThat(kept.get("a", () -> read("a"))).isEqualTo("a read 2");
    }

    @Test
    void whileOneReaderReloadsAnExpiredValueTheOthersKeepTheOldOne() {
        kept.get("a", () -> read("a"));
        now.addAndGet(Duration.ofSeconds(5).toNanos());

        String reloaded = kept.get("a", () -> {
            // Another request arrives during this (slow) reload: it gets the old value, not a load of its own.
            assertThat(kept.get("a", () -> read("a"))).isEqualTo("a read 1");
            return read("a");
        });

        assertThat(reloaded).isEqualTo("a read 2");
        assertThat(kept.get("a", () -> read("a"))).isEqualTo("a read 2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aDroppedValueIsNeverServedEvenWhileAReloadIsUnderWay() {
        kept.get("a", () -> read("a"));
        now.addAndGet(Duration.ofSeconds(5).toNanos());

        kept.get("a", () -> {
            kept.invalidate("a");
            assertThat(kept.get("a", () -> read("a"))).isEqualTo("a read 2");
            return read("a");
        });

        assertThat(kept.get("a", () -> read("a"))).isEqualTo("a read 2");
    }
}
