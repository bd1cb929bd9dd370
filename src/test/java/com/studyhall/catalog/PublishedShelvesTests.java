package com.studyhall.catalog;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedShelvesTests {

    private final AtomicLong now = new AtomicLong();
    private final PublishedShelves shelves = new PublishedShelves(Duration.ofSeconds(5), now::get);
    private final AtomicInteger reads = new AtomicInteger();

    private PublishedCatalog read() {
        int n = reads.incrementAndGet();
        return new PublishedCatalog(List.of(), List.of(new PublishedCatalog.CategoryOption("read-" + n, "Read " + n)), null);
    }

    private static List<String> names(PublishedCatalog catalog) {
        return catalog.categories().stream().map(PublishedCatalog.CategoryOption::name).toList();
    }

    @Test
    void servesTheCatalogFromMemoryUntilItExpires() {
        assertThat(names(shelves.get(this::read))).containsExactly("Read 1");
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(names(shelves.get(this::read))).containsExactly("Read 1");

        now.addAndGet(Duration.ofSeconds(1).toNanos());

        assertThat(names(shelves.get(this::read))).containsExactly("Read 2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aChangeMakesTheNextVisitorReadTheCatalogAgain() {
        shelves.get(this::read);

        shelves.invalidate();

        assertThat(names(shelves.get(this::read))).containsExactly("Read 2");
    }

    @Test
    void aReadOverlappingAChangeIsNotKept() {
        PublishedCatalog seen = shelves.get(() -> {
            PublishedCatalog before = read();
            shelves.invalidate();
            return before;
        });

        assertThat(names(seen)).containsExactly("Read 1");
        assertThat(names(shelves.get(this::read))).containsExactly("Read 2");
    }
}
