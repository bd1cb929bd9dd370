package com.studyhall.study;

import com.studyhall.catalog.ExpiringSnapshots;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * How much of each format many sections hold, in one query: the locked section page asked nine
 * count queries, and progress for "My learning" and the course page five per section. Items in
 * the studio's trash are not counted.
 * <p>
 * The counts are the same for every learner, so they are kept per section like the content they
 * count ({@link PublishedSectionContents}): {@link SectionContentChanges} drops them when this node
 * writes content, and another node's edit shows within {@code app.catalog.cache-ttl}. Sections not
 * kept are read together in one query.
 */
@Component
class SectionSizes {

    private static final String SIZES = """
            select s.id,
                   (select count(*) from lesson_part x where x.section_id = s.id and x.trashed_at is null),
                   (select count(*) from section_summary x where x.section_id = s.id),
                   (select count(*) from audiobook_chapter x where x.section_id = s.id and x.trashed_at is null),
                   (select count(*) from key_concept x where x.section_id = s.id and x.trashed_at is null),
                   (select count(*) from worked_example x where x.section_id = s.id and x.trashed_at is null),
                   (select count(*) from memory_aid x where x.section_id = s.id and x.trashed_at is null),
                   (select count(*) from flashcard x where x.section_id = s.id and x.trashed_at is null),
                   (select count(*) from glossary_term x where x.section_id = s.id and x.trashed_at is null),
                   (select count(*) from question x where x.section_id = s.id and x.trashed_at is null)
            from section s
            where s.id in (:ids)""";

    private final NamedParameterJdbcTemplate jdbc;
    private final ExpiringSnapshots<Long, ContentCounts> kept;

    @Autowired
    SectionSizes(NamedParameterJdbcTemplate jdbc, @Value("${app.catalog.cache-ttl:5s}") Duration ttl) {
        this(jdbc, ttl, System::nanoTime);
    }

    SectionSizes(NamedParameterJdbcTemplate jdbc, Duration ttl, LongSupplier nanoClock) {
        this.jdbc = jdbc;
        this.kept = new ExpiringSnapshots<>(ttl, nanoClock);
    }

    /** Counts by section id; sections that do not exist are missing from the map. */
    Map<Long, ContentCounts> of(Collection<Long> sectionIds) {
        Map<Long, ContentCounts> sizes = new HashMap<>();
        // The first section not kept reads every section asked for; the others take theirs from that read.
        AtomicReference<Map<Long, ContentCounts>> read = new AtomicReference<>();
        for (Long id : sectionIds) {
            ContentCounts counts = kept.get(id, () -> read.updateAndGet(r -> r != null ? r : read(sectionIds)).get(id));
            if (counts != null) {
                sizes.put(id, counts);
            }
        }
        return sizes;
    }

    /** Forgets every section's counts: content changed on this node. */
    void invalidateAll() {
        kept.invalidateAll();
    }

    private Map<Long, ContentCounts> read(Collection<Long> sectionIds) {
        Map<Long, ContentCounts> sizes = new HashMap<>();
        jdbc.query(SIZES, Map.of("ids", sectionIds), row -> {
            sizes.put(row.getLong(1), new ContentCounts(row.getLong(2), row.getLong(3) > 0, row.getLong(4),
                    row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8), row.getLong(9), row.getLong(10)));
        });
        return sizes;
    }

    /** One section's counts; none for a section that does not exist. */
    ContentCounts of(long sectionId) {
        return of(java.util.List.of(sectionId)).getOrDefault(sectionId, ContentCounts.NONE);
    }
}
