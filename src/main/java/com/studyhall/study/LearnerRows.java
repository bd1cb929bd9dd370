package com.studyhall.study;

import com.studyhall.accounts.LearnerRowsSnapshots;
import com.studyhall.study.fsrs.Phase;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * A learner's own study rows, read on every course page, section page, {@code /my} and
 * {@code /review}: each kind read whole, once per version of the learner's rows
 * ({@link LearnerRowsSnapshots}), and narrowed to the sections a page shows in memory.
 */
@Component
class LearnerRows {

    private final EntityManager entities;
    private final LearnerRowsSnapshots snapshots;

    LearnerRows(EntityManager entities, LearnerRowsSnapshots snapshots) {
        this.entities = entities;
        this.snapshots = snapshots;
    }

    List<StudyMark> marks(long userId, Collection<Long> sectionIds) {
        return inSections(all(userId, StudyMark.class, "StudyMark"), StudyMark::getSectionId, sectionIds);
    }

    List<CardSchedule> schedules(long userId, Collection<Long> sectionIds) {
        return inSections(all(userId, CardSchedule.class, "CardSchedule"), CardSchedule::getSectionId, sectionIds);
    }

    /** The learner's own cards in the sections, oldest first. */
    List<OwnCard> ownCards(long userId, Collection<Long> sectionIds) {
        return inSections(all(userId, OwnCard.class, "OwnCard"), own -> own.getSection().getId(), sectionIds).stream()
                .sorted(Comparator.comparing(OwnCard::getId)).toList();
    }

    /** Every card the learner suspended or buried (a burial may have run out). */
    List<CardFlag> flags(long userId) {
        return all(userId, CardFlag.class, "CardFlag");
    }

    /** The learner's own daily limits, of the courses they set them for. */
    List<ReviewSettings> limits(long userId) {
        return all(userId, ReviewSettings.class, "ReviewSettings");
    }

    /** Whether the learner has a grade to take back. */
    boolean hasGrades(long userId) {
        return snapshots.part(userId, Part.HAS_GRADES, () -> !entities.createQuery(
                        "select r.id from ReviewLog r where r.userId = :user", Long.class)
                .setParameter("user", userId).setMaxResults(1).getResultList().isEmpty());
    }

    /**
     * Grades of cards in the review phase since the start of the UTC day, by section id: what the
     * daily review limit counts. Kept per day, so a copy made yesterday is not counted today.
     */
    Map<Long, Long> reviewsToday(long userId, Instant startOfDay) {
        return snapshots.part(userId, new DayPart(Part.REVIEWS_TODAY, startOfDay), () -> {
            Map<Long, Long> bySection = new HashMap<>();
            entities.createQuery("""
                            select r.sectionId, count(r) from ReviewLog r
                            where r.userId = :user and r.reviewedAt >= :since and r.prevPhase = :phase
                            group by r.sectionId""", Object[].class)
                    .setParameter("user", userId).setParameter("since", startOfDay).setParameter("phase", Phase.REVIEW)
                    .getResultList().forEach(row -> bySection.put((Long) row[0], (Long) row[1]));
            return Map.copyOf(bySection);
        });
    }

    /** How many grades the learner gave on each UTC day since {@code since}, for the daily goal's streak. */
    Map<LocalDate, Long> gradesPerDay(long userId, Instant since) {
        return snapshots.part(userId, new DayPart(Part.GRADES_PER_DAY, since), () -> Map.copyOf(entities.createQuery(
                        "select r.reviewedAt from ReviewLog r where r.userId = :user and r.reviewedAt >= :since", Instant.class)
                .setParameter("user", userId).setParameter("since", since).getResultList().stream()
                .collect(Collectors.groupingBy(t -> t.atOffset(ZoneOffset.UTC).toLocalDate(), Collectors.counting()))));
    }

    /** The learner's notes, by card. */
    Map<CardRef, String> notes(long userId) {
        return snapshots.part(userId, Part.NOTES, () -> Map.copyOf(read(userId, CardNote.class, "CardNote").stream()
                .collect(Collectors.toMap(CardNote::card, CardNote::getText))));
    }

    /** The learner's daily review goal, if they set one. */
    Optional<Integer> dailyGoal(long userId) {
        return snapshots.part(userId, Part.GOAL,
                () -> Optional.ofNullable(entities.find(StudyGoal.class, userId)).map(StudyGoal::getDailyReviews));
    }

    /** The summary level the learner chose, if they chose one. */
    Optional<SummaryLevel> summaryLevel(long userId) {
        return snapshots.part(userId, Part.SUMMARY_LEVEL,
                () -> Optional.ofNullable(entities.find(StudyPreference.class, userId)).map(StudyPreference::getSummaryLevel));
    }

    private <T> List<T> all(long userId, Class<T> type, String entity) {
        return snapshots.part(userId, type, () -> read(userId, type, entity));
    }

    private <T> List<T> read(long userId, Class<T> type, String entity) {
        return List.copyOf(entities.createQuery("select x from " + entity + " x where x.userId = :user", type)
                .setParameter("user", userId).getResultList());
    }

    private static <T> List<T> inSections(List<T> rows, ToLongFunction<T> section, Collection<Long> sectionIds) {
        Set<Long> wanted = sectionIds instanceof Set<Long> set ? set : new HashSet<>(sectionIds);
        return rows.stream().filter(row -> wanted.contains(section.applyAsLong(row))).toList();
    }

    private enum Part { HAS_GRADES, REVIEWS_TODAY, GRADES_PER_DAY, GOAL, SUMMARY_LEVEL, NOTES }

    /** A part that depends on the day it was read for. */
    private record DayPart(Part part, Instant since) {
    }
}
