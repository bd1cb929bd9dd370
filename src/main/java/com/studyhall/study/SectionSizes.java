package com.studyhall.study;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * How much of each counted format many sections hold, in one query: progress for "My learning"
 * and the course page used to ask five count queries per section.
 */
@Component
class SectionSizes {

    /** What progress counts against in one section. */
    record Size(int lessonParts, boolean summary, int chapters, int cards) {
        static final Size EMPTY = new Size(0, false, 0, 0);
    }

    private static final String SIZES = """
            select s.id,
                   (select count(*) from lesson_part p where p.section_id = s.id),
                   (select count(*) from section_summary m where m.section_id = s.id),
                   (select count(*) from audiobook_chapter c where c.section_id = s.id),
                   (select count(*) from flashcard f where f.section_id = s.id)
                       + (select count(*) from glossary_term g where g.section_id = s.id)
            from section s
            where s.id in (:ids)""";

    private final NamedParameterJdbcTemplate jdbc;

    SectionSizes(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Sizes by section id; sections that do not exist are missing from the map. */
    Map<Long, Size> of(Collection<Long> sectionIds) {
        Map<Long, Size> sizes = new HashMap<>();
        if (sectionIds.isEmpty()) {
            return sizes;
        }
        jdbc.query(SIZES, Map.of("ids", sectionIds), row -> {
            sizes.put(row.getLong(1), new Size(row.getInt(2), row.getInt(3) > 0, row.getInt(4), row.getInt(5)));
        });
        return sizes;
    }
}
