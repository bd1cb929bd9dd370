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
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * Flashcard review on the FSRS schedule: the due queue across the learner's enrolled courses,
 * grading, and the cards of one section for cramming (which never touches the schedule).
 */
@Service
public class ReviewService {

    /** Time on one card counts up to a minute, as in Anki: a learner who walked away did not study. */
    static final Duration MAX_TIME_PER_CARD = Duration.ofMinutes(1);
    /** When nothing else waits, learning cards due this soon are shown early, as Anki does. */
    static final Duration LEARN_AHEAD = Duration.ofMinutes(20);

    private final Fsrs fsrs = new Fsrs();
    private final StudyCards cards;
    private final CardScheduleRepository schedules;
    private final EnrollmentService enrollments;
    private final SectionStudyService sections;
    private final EntityManager entities;
    private final Clock clock;
    private final DeckRepositories deck;
    private final LearnerRows rows;

    ReviewService(StudyCards cards, CardScheduleRepository schedules, EnrollmentService enrollments,
                  SectionStudyService sections, EntityManager entities, Clock clock, DeckRepositories deck,
                  LearnerRows rows) {
        this.rows = rows;
        this.cards = cards;
        this.schedules = schedules;
        this.enrollments = enrollments;
        this.sections = sections;
        this.entities = entities;
        this.clock = clock;
        this.deck = deck;
    }

    /**
     * The queue now: due cards first (earliest first), then new cards in course order; suspended
     * and buried cards left out, and each course held to the learner's daily limits.
     */
    @Transactional(readOnly = true)
    public ReviewQueue queue(long userId) {
        return queue(userId, enrollments.enrolledCourseIds(userId));
    }

    /** The queue over these courses, for a page that has read the learner's enrollments already. */
    @Transactional(readOnly = true)
    public ReviewQueue queue(long userId, List<Long> enrolledCourseIds) {
        Instant now = clock.instant();
        List<Section> enrolled = cards.publishedSections(enrolledCourseIds);
        Map<Long, Long> courseOfSection = enrolled.stream()
                .collect(Collectors.toMap(Section::getId, s -> s.getCourse().getId()));
        Set<CardRef> hidden = rows.flags(userId).stream().filter(f -> f.hides(now))
                .map(CardFlag::card).collect(Collectors.toSet());
        List<StudyCard> all = cards.cards(enrolled, userId).stream().filter(c -> !hidden.contains(c.ref())).toList();
        Map<CardRef, CardSchedule> studied = rows.schedules(userId, courseOfSection.keySet()).stream()
                .collect(Collectors.toMap(CardSchedule::card, Function.identity()));
        Comparator<StudyCard> byDue = Comparator.comparing(card -> studied.get(card.ref()).getDueAt());
        ToLongFunction<StudyCard> course = card -> courseOfSection.get(card.sectionId());
        Instant today = now.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).toInstant();
        Map<Long, DailyLimits.Limit> limits = limits(userId, courseOfSection.values());
        List<StudyCard> dueNow = all.stream().filter(c -> studied.containsKey(c.ref()))
                .filter(c -> !studied.get(c.ref()).getDueAt().isAfter(now)).sorted(byDue).toList();
        List<StudyCard> due = new java.util.ArrayList<>(dueNow.stream().filter(c -> learning(studied.get(c.ref()))).toList());
        due.addAll(DailyLimits.take(dueNow.stream().filter(c -> !learning(studied.get(c.ref()))).toList(), course,
                DailyLimits.left(each(limits, DailyLimits.Limit::reviews), reviewedSince(userId, today, courseOfSection))));
        due.sort(byDue);
        Map<Long, Long> introduced = studied.values().stream().filter(s -> !s.getCreatedAt().isBefore(today))
                .collect(Collectors.groupingBy(s -> courseOfSection.get(s.getSectionId()), Collectors.counting()));
        List<StudyCard> fresh = DailyLimits.take(all.stream().filter(c -> !studied.containsKey(c.ref())).toList(), course,
                DailyLimits.left(each(limits, DailyLimits.Limit::newCards), introduced));
        Optional<StudyCard> ahead = all.stream().filter(c -> studied.containsKey(c.ref()))
                .filter(c -> learning(studied.get(c.ref())) && studied.get(c.ref()).getDueAt().isBefore(now.plus(LEARN_AHEAD)))
                .min(byDue);
        StudyCard next = !due.isEmpty() ? due.get(0) : !fresh.isEmpty() ? fresh.get(0) : ahead.orElse(null);
        Instant nextDue = studied.values().stream().map(CardSchedule::getDueAt).filter(d -> d.isAfter(now))
                .min(Comparator.naturalOrder()).orElse(null);
        boolean canUndo = rows.hasGrades(userId);
        if (next == null) {
            return new ReviewQueue(0, 0, null, 0, List.of(), nextDue,
                    nextDue == null ? null : Intervals.label(Duration.between(now, nextDue)), canUndo);
        }
        Memory memory = Optional.ofNullable(studied.get(next.ref())).map(CardSchedule::memory).orElse(Memory.fresh(now));
        return new ReviewQueue(due.size(), fresh.size(), next, memory.reps(), choices(memory, now), nextDue, null, canUndo);
    }

    /** Each course's limits: the learner's own, else the defaults. */
    Map<Long, DailyLimits.Limit> limits(long userId, Collection<Long> courseIds) {
        Map<Long, DailyLimits.Limit> limits = new HashMap<>();
        courseIds.forEach(id -> limits.put(id, DailyLimits.Limit.defaults()));
        rows.limits(userId).stream().filter(s -> limits.containsKey(s.getCourseId()))
                .forEach(s -> limits.put(s.getCourseId(), s.limit()));
        return limits;
    }

    private Map<Long, Long> reviewedSince(long userId, Instant since, Map<Long, Long> courseOfSection) {
        Map<Long, Long> reviewed = new HashMap<>();
        rows.reviewsToday(userId, since).forEach((section, count) -> {
            Long course = courseOfSection.get(section);
            if (course != null) {
                reviewed.merge(course, count, Long::sum);
            }
        });
        return reviewed;
    }

    private static Map<Long, Integer> each(Map<Long, DailyLimits.Limit> limits, ToIntFunction<DailyLimits.Limit> part) {
        Map<Long, Integer> out = new HashMap<>();
        limits.forEach((course, limit) -> out.put(course, part.applyAsInt(limit)));
        return out;
    }

    /**
     * Grades the card and reschedules it. {@code shownReps} is the review count the learner saw;
     * a second submission of the same answer finds a higher count and changes nothing.
     * {@code shownAt} is when the page showed the card (null if unknown), for the time spent.
     *
     * @return whether the grade was recorded
     */
    @Transactional
    public boolean grade(long userId, Viewer viewer, CardRef ref, Grade grade, int shownReps, Instant shownAt) {
        Section section = open(userId, viewer, ref);
        Instant now = clock.instant();
        CardSchedule schedule = schedules.findByUserIdAndCardKindAndItemId(userId, ref.kind(), ref.itemId())
                .orElseGet(() -> new CardSchedule(userId, section.getId(), ref, now));
        Memory memory = schedule.getPhase() == Phase.NEW ? Memory.fresh(now) : schedule.memory();
        if (memory.reps() != shownReps) {
            return false;
        }
        deck.logs().save(new ReviewLog(userId, section.getId(), ref, grade, now, memory, spent(shownAt, now)));
        schedule.remember(fsrs.review(memory, now, grade));
        schedules.save(schedule);
        return true;
    }

    /**
     * Takes back the learner's last grade: the card gets the memory it had before it (a card
     * graded for the first time becomes new again).
     *
     * @return the card whose grade was taken back, if there was one
     */
    @Transactional
    public Optional<CardRef> undo(long userId) {
        return deck.logs().findFirstByUserIdOrderByIdDesc(userId).map(log -> {
            schedules.findByUserIdAndCardKindAndItemId(userId, log.card().kind(), log.card().itemId()).ifPresent(schedule -> {
                if (log.before().phase() == Phase.NEW) {
                    schedules.delete(schedule);
                } else {
                    schedule.remember(log.before());
                }
            });
            deck.logs().delete(log);
            return log.card();
        });
    }

    /** Suspends the card (out of the queue until taken back) or takes a suspension back. */
    @Transactional
    public void suspend(long userId, Viewer viewer, CardRef ref, boolean suspended) {
        flag(userId, viewer, ref).suspend(suspended);
    }

    /** Buries the card until the next UTC day. */
    @Transactional
    public void bury(long userId, Viewer viewer, CardRef ref) {
        flag(userId, viewer, ref).bury(clock.instant());
    }

    private static Duration spent(Instant shownAt, Instant now) {
        if (shownAt == null || shownAt.isAfter(now)) {
            return Duration.ZERO;
        }
        Duration spent = Duration.between(shownAt, now);
        return spent.compareTo(MAX_TIME_PER_CARD) > 0 ? MAX_TIME_PER_CARD : spent;
    }

    private CardFlag flag(long userId, Viewer viewer, CardRef ref) {
        Section section = open(userId, viewer, ref);
        return deck.flags().findByUserIdAndCardKindAndItemId(userId, ref.kind(), ref.itemId())
                .orElseGet(() -> deck.flags().save(new CardFlag(userId, section.getId(), ref)));
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

    /**
     * The card's section, if the viewer may study it; a learner's own card exists only for them.
     * Unknown cards (and other learners' own cards) are 404, locked sections 403.
     */
    Section open(long userId, Viewer viewer, CardRef ref) {
        Section section = switch (ref.kind()) {
            case FLASHCARD -> sectionOf(entities.find(Flashcard.class, ref.itemId()));
            case GLOSSARY -> sectionOf(entities.find(GlossaryTerm.class, ref.itemId()));
            case OWN -> Optional.ofNullable(entities.find(OwnCard.class, ref.itemId()))
                    .filter(own -> own.getUserId() == userId).map(OwnCard::getSection).orElse(null);
        };
        if (section == null) {
            throw new com.studyhall.catalog.CourseNotFoundException("Card " + ref);
        }
        sections.open(section.getCourse().getSlug(), section.getSlug(), viewer);
        return section;
    }

    private static Section sectionOf(com.studyhall.catalog.SectionItem item) {
        return item == null ? null : item.getSection();
    }

    private static boolean learning(CardSchedule schedule) {
        return schedule.getPhase() == Phase.LEARNING || schedule.getPhase() == Phase.RELEARNING;
    }
}
