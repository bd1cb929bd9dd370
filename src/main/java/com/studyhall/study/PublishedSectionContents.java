package com.studyhall.study;

import com.studyhall.catalog.ExpiringSnapshots;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
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

    private final ExpiringSnapshots<Long, SectionContents> bySection;

    @Autowired
    PublishedSectionContents(@Value("${app.catalog.cache-ttl:5s}") Duration ttl) {
        this(ttl, System::nanoTime);
    }

    PublishedSectionContents(Duration ttl, LongSupplier nanoClock) {
        this.bySection = new ExpiringSnapshots<>(ttl, nanoClock);
    }

    /** The section's content, or what the loader reads when it is not kept or too old. */
    SectionContents get(long sectionId, Supplier<SectionContents> loader) {
        return bySection.get(sectionId, loader);
    }

    /**
     * Forgets every section: content changes are rare and may move items between sections. A load
     * already under way is not kept (its snapshot is invalidated before it leaves the map).
     */
    void invalidateAll() {
        bySection.invalidateAll();
    }
}
