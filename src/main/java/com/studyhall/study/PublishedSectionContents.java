package com.studyhall.study;

import com.studyhall.catalog.ExpiringSnapshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Every section's study content as enrolled learners read it, kept in memory per section.
 * <p>
 * A section page is mostly content that is the same for every learner (88 KB of conversation,
 * summaries, chapters and cards): reading it from eleven tables on every request cost more than the
 * rest of the page. It is read once per change instead; only the learner's own marks and cards are
 * read per request. {@link SectionContentChanges} drops everything when this node writes content;
 * another node's edit shows within {@code app.catalog.cache-ttl}, as the catalog does. Editors
 * never read from here, so they always see what they just saved.
 */
@Component
class PublishedSectionContents {

    private final Duration ttl;
    private final LongSupplier nanoClock;
    private final Map<Long, ExpiringSnapshot<SectionContents>> bySection = new ConcurrentHashMap<>();

    @Autowired
    PublishedSectionContents(@Value("${app.catalog.cache-ttl:5s}") Duration ttl) {
        this(ttl, System::nanoTime);
    }

    PublishedSectionContents(Duration ttl, LongSupplier nanoClock) {
        this.ttl = ttl;
        this.nanoClock = nanoClock;
    }

    /** The section's content, or what the loader reads when it is not kept or too old. */
    SectionContents get(long sectionId, Supplier<SectionContents> loader) {
        return bySection.computeIfAbsent(sectionId, id -> new ExpiringSnapshot<>(ttl, nanoClock)).get(loader);
    }

    /**
     * Forgets every section: content changes are rare and may move items between sections. A load
     * already under way is not kept (its snapshot is invalidated before it leaves the map).
     */
    void invalidateAll() {
        bySection.values().forEach(ExpiringSnapshot::invalidate);
        bySection.clear();
    }
}
