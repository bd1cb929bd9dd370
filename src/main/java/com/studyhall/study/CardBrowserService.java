package com.studyhall.study;

import com.studyhall.catalog.CatalogService;
import com.studyhall.catalog.Course;
import com.studyhall.catalog.CourseNotFoundException;
import com.studyhall.catalog.Viewer;
import com.studyhall.enrollment.EnrollmentService;
import com.studyhall.study.fsrs.Phase;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every card of a course with the learner's memory of it, filtered as the card browser asks. */
@Service
class CardBrowserService {

    private final CatalogService catalog;
    private final EnrollmentService enrollments;
    private final StudyCards cards;
    private final CardScheduleRepository schedules;
    private final Clock clock;
    private final LearnerRows rows;

    CardBrowserService(CatalogService catalog, EnrollmentService enrollments, StudyCards cards,
                       CardScheduleRepository schedules, Clock clock, LearnerRows rows) {
        this.catalog = catalog;
        this.enrollments = enrollments;
        this.cards = cards;
        this.schedules = schedules;
        this.clock = clock;
        this.rows = rows;
    }

    /** The course if the viewer may browse its cards: enrolled learners and its editors. */
    @Transactional(readOnly = true)
    Course open(String courseSlug, Viewer viewer) {
        Course course = catalog.visibleCourse(courseSlug, viewer);
        if (!viewer.canEdit(course) && !(viewer.isLoggedIn() && enrollments.isEnrolled(viewer.userId(), course.getId()))) {
            throw new AccessDeniedException("Enroll in " + courseSlug + " to browse its cards");
        }
        return course;
    }

    @Transactional(readOnly = true)
    List<BrowsedCard> browse(long userId, Course course, CardFilter filter) {
        Instant now = clock.instant();
        var sections = cards.publishedSections(List.of(course.getId()));
        Map<CardRef, CardSchedule> studied = rows.schedules(userId,
                        sections.stream().map(s -> s.getId()).toList()).stream()
                .collect(Collectors.toMap(CardSchedule::card, Function.identity()));
        Map<CardRef, CardFlag> flags = rows.flags(userId).stream()
                .collect(Collectors.toMap(CardFlag::card, Function.identity()));
        return cards.cards(sections, userId).stream()
                .map(card -> browsed(card, studied.get(card.ref()), flags.get(card.ref()), now))
                .filter(card -> filter.accepts(card, now))
                .toList();
    }

    /** The course's published sections, in order, for the form that adds a card. */
    @Transactional(readOnly = true)
    List<SectionChoice> sections(Course course) {
        return cards.publishedSections(List.of(course.getId())).stream()
                .map(s -> new SectionChoice(s.getId(), s.getTitle())).toList();
    }

    /** Forgets the learner's memory of the card: it is new again (its past grades stay in the statistics). */
    @Transactional
    void reset(long userId, Course course, CardRef ref) {
        if (cards.cards(cards.publishedSections(List.of(course.getId())), userId).stream().noneMatch(c -> c.ref().equals(ref))) {
            throw new CourseNotFoundException("Card " + ref + " in " + course.getSlug());
        }
        schedules.findByUserIdAndCardKindAndItemId(userId, ref.kind(), ref.itemId()).ifPresent(schedules::delete);
    }

    private static BrowsedCard browsed(StudyCard card, CardSchedule schedule, CardFlag flag, Instant now) {
        boolean suspended = flag != null && flag.isSuspended();
        boolean buried = flag != null && !suspended && flag.hides(now);
        return new BrowsedCard(card, schedule == null ? Phase.NEW : schedule.getPhase(),
                schedule == null ? null : schedule.getDueAt(), schedule == null ? 0 : schedule.memory().lapses(),
                schedule == null ? 0 : schedule.getReps(), suspended, buried);
    }

    /** A section the learner may add a card to. */
    record SectionChoice(long id, String title) {
    }

    /** A row of the browser. */
    record BrowsedCard(StudyCard card, Phase phase, Instant due, int lapses, int reps, boolean suspended, boolean buried) {

        public String state() {
            if (suspended) {
                return "Suspended";
            }
            String phaseName = phase.name().charAt(0) + phase.name().substring(1).toLowerCase(Locale.ROOT);
            return buried ? phaseName + " (buried)" : phaseName;
        }
    }

    /** What the browser's form asks for; every part optional. */
    record CardFilter(String query, String state, String due, Integer minLapses) {

        static final List<String> STATES = List.of("new", "learning", "review", "relearning", "suspended");
        static final List<String> DUES = List.of("now", "today", "week");

        boolean valid() {
            return (state == null || state.isEmpty() || STATES.contains(state))
                    && (due == null || due.isEmpty() || DUES.contains(due))
                    && (minLapses == null || minLapses >= 0);
        }

        boolean accepts(BrowsedCard card, Instant now) {
            return matchesText(card.card()) && matchesState(card) && matchesDue(card, now)
                    && (minLapses == null || card.lapses() >= minLapses);
        }

        private boolean matchesText(StudyCard card) {
            if (query == null || query.isBlank()) {
                return true;
            }
            String q = query.strip().toLowerCase(Locale.ROOT);
            return card.front().toLowerCase(Locale.ROOT).contains(q) || card.back().toLowerCase(Locale.ROOT).contains(q);
        }

        private boolean matchesState(BrowsedCard card) {
            if (state == null || state.isEmpty()) {
                return true;
            }
            return state.equals("suspended") ? card.suspended()
                    : !card.suspended() && card.phase().name().equalsIgnoreCase(state);
        }

        private boolean matchesDue(BrowsedCard card, Instant now) {
            if (due == null || due.isEmpty()) {
                return true;
            }
            if (card.due() == null) {
                return false;
            }
            Instant until = switch (due) {
                case "now" -> now;
                case "today" -> now.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).plusDays(1).toInstant();
                default -> now.plus(7, ChronoUnit.DAYS);
            };
            return !card.due().isAfter(until);
        }
    }
}
