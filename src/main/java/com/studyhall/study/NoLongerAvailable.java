package com.studyhall.study;

import com.studyhall.catalog.CatalogDependentCopies;
import com.studyhall.catalog.ExpiringSnapshots;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a learner was studying that is gone from their view: a course that was unpublished or
 * moved to the studio's trash, and sections (hidden or trashed) they have progress or attempts
 * in. "My learning" names them as no longer available instead of linking to a 404 or dropping
 * them; the learner's records stay untouched and come back with a restore.
 * <p>
 * Kept per learner and list of courses, as the catalog is kept: dropped when this node commits a
 * change to a course or section, and read again after {@code app.catalog.cache-ttl} (the longest
 * another node's unpublish takes to show, as on the catalog). Without it "My learning" sent these
 * two queries on every view, which on PostgreSQL made it 2.5 times slower than on H2. A learner's own
 * rows cannot add a hidden section (it takes no marks, cards or attempts once hidden).
 */
@Component
class NoLongerAvailable implements CatalogDependentCopies {

    /** What is gone for one learner's courses. */
    record Gone(Set<Long> courses, Map<Long, List<String>> sections) {
    }

    private record Key(long userId, List<Long> courseIds) {
    }

    /** Far above the learners a node serves in one expiry; past it, everything is read again. */
    private static final int KEPT = 20_000;

    private static final String COURSES = """
            select id from course where id in (:courses) and (published = false or trashed_at is not null)""";

    private static final String SECTIONS = """
            select s.course_id, s.title from section s
            where s.course_id in (:courses) and (s.published = false or s.trashed_at is not null)
              and (exists (select 1 from study_mark m where m.section_id = s.id and m.user_id = :user)
                   or exists (select 1 from card_schedule c where c.section_id = s.id and c.user_id = :user)
                   or exists (select 1 from test_attempt a join mock_test t on t.id = a.mock_test_id
                              where t.section_id = s.id and a.learner_id = :user))
            order by s.course_id, s.position""";

    private final NamedParameterJdbcTemplate jdbc;
    private final ExpiringSnapshots<Key, Gone> kept;

    @Autowired
    NoLongerAvailable(NamedParameterJdbcTemplate jdbc, @Value("${app.catalog.cache-ttl:5s}") Duration ttl) {
        this.jdbc = jdbc;
        this.kept = new ExpiringSnapshots<>(ttl, System::nanoTime);
    }

    /** The learner's gone courses and sections among these courses. */
    Gone of(long userId, List<Long> courseIds) {
        if (kept.size() > KEPT) {
            kept.invalidateAll();
        }
        return kept.get(new Key(userId, List.copyOf(courseIds)),
                () -> new Gone(Set.copyOf(courses(courseIds)), sections(userId, courseIds).entrySet().stream()
                        .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey,
                                entry -> List.copyOf(entry.getValue())))));
    }

    @Override
    public void catalogChanged() {
        kept.invalidateAll();
    }

    private Set<Long> courses(Collection<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList(COURSES, Map.of("courses", courseIds), Long.class));
    }

    /** Titles of the learner's hidden or trashed sections, by course id. */
    private Map<Long, List<String>> sections(long userId, Collection<Long> courseIds) {
        Map<Long, List<String>> titles = new HashMap<>();
        if (courseIds.isEmpty()) {
            return titles;
        }
        jdbc.query(SECTIONS, Map.of("courses", courseIds, "user", userId), row -> {
            titles.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getString(2));
        });
        return titles;
    }
}
