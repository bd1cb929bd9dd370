package com.studyhall.study;

import com.studyhall.catalog.Section;
import com.studyhall.enrollment.EnrollmentService;
import com.studyhall.study.fsrs.Phase;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the grade log and the schedules into the statistics page and the daily goal. */
@Service
class ReviewStatsService {

    static final int CALENDAR_WEEKS = 17;
    static final int DAYS = 30;
    static final int STREAK_DAYS = 400;
    static final int TARGET_RETENTION_PERCENT = 90;

    private final StudyCards cards;
    private final DeckRepositories deck;
    private final StudyGoalRepository goals;
    private final EnrollmentService enrollments;
    private final Clock clock;
    private final LearnerRows rows;

    ReviewStatsService(StudyCards cards, DeckRepositories deck,
                       StudyGoalRepository goals, EnrollmentService enrollments, Clock clock, LearnerRows rows) {
        this.rows = rows;
        this.cards = cards;
        this.deck = deck;
        this.goals = goals;
        this.enrollments = enrollments;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    ReviewStats stats(long userId) {
        LocalDate today = today();
        Instant monthAgo = start(today.minusDays(DAYS - 1L));
        List<ReviewLog> month = deck.logs().findByUserIdAndReviewedAtGreaterThanEqual(userId, monthAgo);
        Heatmap calendar = Heatmap.of(today, CALENDAR_WEEKS, perDay(deck.logs().reviewTimes(userId,
                start(today.minusWeeks(CALENDAR_WEEKS)))));
        List<ReviewLog> reviewPhase = month.stream().filter(l -> l.getPrevPhase() == Phase.REVIEW).toList();
        var retention = new ReviewStats.Retention(reviewPhase.size(),
                reviewPhase.stream().filter(l -> l.getGrade() > 1).count(), TARGET_RETENTION_PERCENT);
        return new ReviewStats(calendar, states(userId), retention, forecast(userId, today), time(month, today));
    }

    @Transactional(readOnly = true)
    DailyGoal goal(long userId) {
        int goal = rows.dailyGoal(userId).orElse(StudyGoal.DEFAULT_DAILY_REVIEWS);
        LocalDate today = today();
        return DailyGoal.of(goal, today, rows.gradesPerDay(userId, start(today.minusDays(STREAK_DAYS))));
    }

    @Transactional
    void setGoal(long userId, int dailyReviews) {
        StudyGoal goal = goals.findById(userId).orElseGet(() -> new StudyGoal(userId, dailyReviews));
        goal.setDailyReviews(dailyReviews);
        goals.save(goal);
    }

    private BarChart states(long userId) {
        List<Section> sections = cards.publishedSections(enrollments.enrolledCourseIds(userId));
        List<StudyCard> all = cards.cards(sections, userId);
        Set<CardRef> suspended = rows.flags(userId).stream().filter(CardFlag::isSuspended)
                .map(CardFlag::card).collect(Collectors.toSet());
        Map<CardRef, Phase> phases = rows.schedules(userId,
                        sections.stream().map(Section::getId).toList()).stream()
                .collect(Collectors.toMap(CardSchedule::card, CardSchedule::getPhase));
        Map<Phase, Long> counts = new EnumMap<>(Phase.class);
        long held = 0;
        for (StudyCard card : all) {
            if (suspended.contains(card.ref())) {
                held++;
            } else {
                counts.merge(phases.getOrDefault(card.ref(), Phase.NEW), 1L, Long::sum);
            }
        }
        return BarChart.of("Cards by state", "cards", List.of("New", "Learning", "Review", "Relearning", "Suspended"),
                List.of(counts.getOrDefault(Phase.NEW, 0L), counts.getOrDefault(Phase.LEARNING, 0L),
                        counts.getOrDefault(Phase.REVIEW, 0L), counts.getOrDefault(Phase.RELEARNING, 0L), held));
    }

    /** Cards falling due on each of the next 30 days; overdue ones count today. */
    private BarChart forecast(long userId, LocalDate today) {
        List<Long> sectionIds = cards.publishedSections(enrollments.enrolledCourseIds(userId)).stream().map(Section::getId).toList();
        Map<LocalDate, Long> due = rows.schedules(userId, sectionIds).stream()
                .map(s -> s.getDueAt().atOffset(ZoneOffset.UTC).toLocalDate())
                .map(day -> day.isBefore(today) ? today : day)
                .collect(Collectors.groupingBy(day -> day, Collectors.counting()));
        return days("Reviews due, next 30 days", "cards", today, 0, due);
    }

    private BarChart time(List<ReviewLog> month, LocalDate today) {
        Map<LocalDate, Long> millis = month.stream().collect(Collectors.groupingBy(
                l -> l.getReviewedAt().atOffset(ZoneOffset.UTC).toLocalDate(), Collectors.summingLong(ReviewLog::getDurationMs)));
        Map<LocalDate, Long> minutes = new java.util.HashMap<>();
        millis.forEach((day, ms) -> minutes.put(day, Math.round(ms / 60_000.0)));
        return days("Minutes spent reviewing, last 30 days", "minutes", today, -(DAYS - 1), minutes);
    }

    private static BarChart days(String title, String unit, LocalDate today, int from, Map<LocalDate, Long> values) {
        List<String> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (int offset = from; offset < from + DAYS; offset++) {
            LocalDate day = today.plusDays(offset);
            labels.add(day.toString());
            counts.add(values.getOrDefault(day, 0L));
        }
        return BarChart.of(title, unit, labels, counts);
    }

    private static Map<LocalDate, Long> perDay(List<Instant> times) {
        return times.stream().collect(Collectors.groupingBy(t -> t.atOffset(ZoneOffset.UTC).toLocalDate(), Collectors.counting()));
    }

    private LocalDate today() {
        return clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
