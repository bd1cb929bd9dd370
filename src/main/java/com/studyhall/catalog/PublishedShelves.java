package com.studyhall.catalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The whole published catalog, as every visitor of {@code /} sees it, kept in memory.
 * <p>
 * It is the busiest page and changes only when an editor saves a course, section or category, so
 * it is read from the database once and then served from here. Learner counts (for "most
 * enrolled") and ratings are read with it, so they may be up to one expiry old. {@link CatalogChanges} drops it
 * when this node commits such a change; other nodes cannot tell this one, so a copy also expires
 * after {@code app.catalog.cache-ttl} (5 s by default), the longest another node shows an old
 * catalog. A load that overlaps a change is not kept, so a commit is never hidden by a slow read.
 */
@Component
class PublishedShelves {

    private final ExpiringSnapshot<PublishedCatalog> snapshot;

    @Autowired
    PublishedShelves(@Value("${app.catalog.cache-ttl:5s}") Duration ttl) {
        this(ttl, System::nanoTime);
    }

    PublishedShelves(Duration ttl, LongSupplier nanoClock) {
        this.snapshot = new ExpiringSnapshot<>(ttl, nanoClock);
    }

    /** The cached catalog, or the one the loader reads when there are none or they are too old. */
    PublishedCatalog get(Supplier<PublishedCatalog> loader) {
        return snapshot.get(loader);
    }

    /** Forgets the cached catalog: the next visitor reads the catalog again. */
    void invalidate() {
        snapshot.invalidate();
    }
}
