package com.studyhall.study;

import com.studyhall.catalog.Section;
import com.studyhall.catalog.Viewer;
import com.studyhall.enrollment.EnrollmentService;
import com.studyhall.study.fsrs.Fsrs;
import com.studyhall.study.fsrs.Grade;
import com.studyhall.study.fsrs.Memory;
import com.studyhall.study.fsrs.Phase;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Flashcard review on the FSRS schedule: the due queue across the learner's enrolled courses,
 * grading, and the cards of one section for cramming (which never touches the schedule).
 */
@Service
public class ReviewService {

    /** New cards introduced per learner and UTC day, so a new course does not flood the queue. */
    static final int NEW_CARDS_PER_DAY = 20;
    /** When nothing else waits, learning cards due this soon are shown early, as Anki does. */
    static final Duration LEARN_AHEAD = Duration.ofMinutes(20);

    private final Fsrs fsrs = new Fsrs();
    private final StudyCards cards;
    private final CardScheduleRepository schedules;
    private final EnrollmentService enrollments;
    private final SectionStudyService sections;
    private final EntityManager entities;
    private final Clock clock;

    ReviewService(StudyCards cards, CardScheduleRepository schedules, EnrollmentService enrollments,
                  SectionStudyService sections, EntityManager entities, Clock clock) {
        this.cards = cards;
        this.schedules = schedules;
        this.enrollments = enrollments;
        this.sections = sections;
        this.entities = entities;
        this.clock = clock;
    }

    /** The queue now: due cards first (earliest first), then new cards in course order. */
    @Transactional(readOnly = true)
    public ReviewQueue queue(long userId) {
        Instant now = clock.instant();
        List<StudyCard> all = cards.cards(cards.publishedSections(enrollments.enrolledCourseIds(userId)));
        Map<CardRef, CardSchedule> studied = schedules.findByUserIdAndSectionIdIn(userId,
                        all.stream().map(StudyCard::sectionId).distinct().toList()).stream()
                .collect(Collectors.toMap(CardSchedule::card, Function.identity()));
        Comparator<StudyCard> byDue = Comparator.comparing(card -> studied.get(card.ref()).getDueAt());
        List<StudyCard> due = all.stream().filter(c -> studied.containsKey(c.ref()))
                .filter(c -> !studied.get(c.ref()).getDueAt().isAfter(now)).sorted(byDue).toList();
        Instant today = now.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).toInstant();
        long introducedToday = studied.values().stream().filter(s -> !s.getCreatedAt().isBefore(today)).count();
        List<StudyCard> fresh = all.stream().filter(c -> !studied.containsKey(c.ref()))
                .limit(Math.max(0, NEW_CARDS_PER_DAY - introducedToday)).toList();
        Optional<StudyCard> ahead = all.stream().filter(c -> studied.containsKey(c.ref()))
                .filter(c -> learning(studied.get(c.ref())) && studied.get(c.ref()).getDueAt().isBefore(now.plus(LEARN_AHEAD)))
                .min(byDue);
        StudyCard next = !due.isEmpty() ? due.get(0) : !fresh.isEmpty() ? fresh.get(0) : ahead.orElse(null);
        Instant nextDue = studied.values().stream().map(CardSchedule::getDueAt).filter(d -> d.isAfter(now))
                .min(Comparator.naturalOrder()).orElse(null);
        if (next == null) {
            return new ReviewQueue(0, 0, null, 0, List.of(), nextDue,
                    nextDue == null ? null : Intervals.label(Duration.between(now, nextDue)));
        }
        Memory memory = Optional.ofNullable(studied.get(next.ref())).map(CardSchedule::memory).orElse(Memory.fresh(now));
        return new ReviewQueue(due.size(), fresh.size(), next, memory.reps(), choices(memory, now), nextDue, null);
    }

    /**
     * Grades the card and reschedules it. {@code shownReps} is the review count the learner saw;
     * a second submission of the same answer finds a higher count and changes nothing.
     *
     * @return whether the grade was recorded
     */
    @Transactional
    public boolean grade(long userId, Viewer viewer, CardRef ref, Grade grade, int shownReps) {
        Section section = sectionOf(ref);
        sections.open(section.getCourse().getSlug(), section.getSlug(), viewer);
        Instant now = clock.instant();
        CardSchedule schedule = schedules.findByUserIdAndCardKindAndItemId(userId, ref.kind(), ref.itemId())
                .orElseGet(() -> new CardSchedule(userId, section.getId(), ref, now));
        Memory memory = schedule.getPhase() == Phase.NEW ? Memory.fresh(now) : schedule.memory();
        if (memory.reps() != shownReps) {
            return false;
        }
        schedule.remember(fsrs.review(memory, now, grade));
        schedules.save(schedule);
        return true;
    }

    /** Every card of a section, for cram mode. */
    @Transactional(readOnly = true)
    public List<StudyCard> sectionCards(OpenSection open) {
        return cards.cards(List.of(entities.find(Section.class, open.sectionId())));
    }

    private List<ReviewQueue.GradeChoice> choices(Memory memory, Instant now) {
        return fsrs.preview(memory, now).entrySet().stream()
                .map(e -> new ReviewQueue.GradeChoice(e.getKey(), Intervals.label(Duration.between(now, e.getValue().due()))))
                .toList();
    }

    private Section sectionOf(CardRef ref) {
        Class<? extends com.studyhall.catalog.SectionItem> type =
                ref.kind() == CardKind.FLASHCARD ? Flashcard.class : GlossaryTerm.class;
        var item = entities.find(type, ref.itemId());
        if (item == null) {
            throw new com.studyhall.catalog.CourseNotFoundException("Card " + ref);
        }
        return item.getSection();
    }

    private static boolean learning(CardSchedule schedule) {
        return schedule.getPhase() == Phase.LEARNING || schedule.getPhase() == Phase.RELEARNING;
    }
}
