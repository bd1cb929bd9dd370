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

    private List<CategoryShelf> read() {
        int n = reads.incrementAndGet();
        return List.of(new CategoryShelf("Read " + n, "read-" + n, List.of()));
    }

    @Test
    void servesTheCatalogFromMemoryUntilItExpires() {
        assertThat(shelves.get(this::read)).extracting(CategoryShelf::name).containsExactly("Read 1");
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(shelves.get(this::read)).extracting(CategoryShelf::name).containsExactly("Read 1");

        now.addAndGet(Duration.ofSeconds(1).toNanos());

        assertThat(shelves.get(this::read)).extracting(CategoryShelf::name).containsExactly("Read 2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aChangeMakesTheNextVisitorReadTheCatalogAgain() {
        shelves.get(this::read);

        shelves.invalidate();

        assertThat(shelves.get(this::read)).extracting(CategoryShelf::name).containsExactly("Read 2");
    }

    @Test
    void aReadOverlappingAChangeIsNotKept() {
        List<CategoryShelf> seen = shelves.get(() -> {
            List<CategoryShelf> before = read();
            shelves.invalidate();
            return before;
        });

        assertThat(seen).extracting(CategoryShelf::name).containsExactly("Read 1");
        assertThat(shelves.get(this::read)).extracting(CategoryShelf::name).containsExactly("Read 2");
    }
}
