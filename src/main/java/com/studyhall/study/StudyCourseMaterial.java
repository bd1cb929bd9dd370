package com.studyhall.study;

import com.studyhall.catalog.CourseMaterial;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Map;

/**
 * The storefront's totals over a course's sections, in one query. Words are counted as spaces
 * plus one per text: close enough for an estimate in half hours, and the same on H2 and PostgreSQL.
 */
@Component
class StudyCourseMaterial implements CourseMaterial {

    private static final String TOTALS = """
            select
              (select count(*) from lesson_part x where x.section_id in (:ids) and x.trashed_at is null),
              (select count(*) from flashcard x where x.section_id in (:ids) and x.trashed_at is null)
                + (select count(*) from glossary_term x where x.section_id in (:ids) and x.trashed_at is null),
              (select count(*) from question x where x.section_id in (:ids) and x.trashed_at is null),
              (select coalesce(sum(length(t.text) - length(replace(t.text, ' ', '')) + 1), 0)
                 from transcript_turn t join lesson_part p on p.id = t.lesson_part_id
                 where p.section_id in (:ids) and p.trashed_at is null),
              (select coalesce(sum(length(s.medium) - length(replace(s.medium, ' ', '')) + 1), 0)
                 from section_summary s where s.section_id in (:ids))""";

    private final NamedParameterJdbcTemplate jdbc;

    StudyCourseMaterial(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Totals of(Collection<Long> sectionIds) {
        if (sectionIds.isEmpty()) {
            return Totals.NONE;
        }
        return jdbc.queryForObject(TOTALS, Map.of("ids", sectionIds), (row, n) ->
                new Totals(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5)));
    }
}
