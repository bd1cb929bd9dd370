package com.studyhall.study;

import com.studyhall.accounts.LearnerRowsChanges;
import com.studyhall.catalog.CourseNotFoundException;
import com.studyhall.catalog.SectionItem;
import com.studyhall.study.fsrs.Phase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Records what a learner marked as done or read, their summary level, and sums it up as progress. */
@Service
public class StudyProgressService {

    private final StudyMarkRepository marks;
    private final StudyPreferenceRepository preferences;
    private final CardScheduleRepository schedules;
    private final StudyRepositories content;
    private final BestScores bestScores;
    private final SectionSizes sectionSizes;
    private final Clock clock;
    private final LearnerRows rows;
    private final LearnerRowsChanges changes;

    StudyProgressService(StudyMarkRepository marks, StudyPreferenceRepository preferences,
                         CardScheduleRepository schedules, StudyRepositories content,
                         ObjectProvider<BestScores> bestScores, SectionSizes sectionSizes, Clock clock,
                         LearnerRows rows, LearnerRowsChanges changes) {
        this.rows = rows;
        this.changes = changes;
        this.marks = marks;
        this.preferences = preferences;
        this.schedules = schedules;
        this.content = content;
        this.bestScores = bestScores.getIfAvailable(() -> (userId, sectionIds) -> Map.of());
        this.sectionSizes = sectionSizes;
        this.clock = clock;
    }

    @Transactional
    public void markPart(long userId, OpenSection section, long partId, boolean done) {
        requireIn(section, content.lessonParts().findById(partId).orElse(null));
        mark(userId, section.sectionId(), MarkKind.LESSON_PART, partId, done);
    }

    @Transactional
    public void markChapter(long userId, OpenSection section, long chapterId, boolean read) {
        requireIn(section, content.chapters().findById(chapterId).orElse(null));
        mark(userId, section.sectionId(), MarkKind.CHAPTER, chapterId, read);
    }

    @Transactional
    public void markSummary(long userId, OpenSection section, boolean read) {
        if (content.summaries().findBySectionId(section.sectionId()).isEmpty()) {
            throw new CourseNotFoundException("Summary of section " + section.sectionSlug());
        }
        mark(userId, section.sectionId(), MarkKind.SUMMARY, section.sectionId(), read);
    }

    @Transactional(readOnly = true)
    public SummaryLevel summaryLevel(long userId) {
        return rows.summaryLevel(userId).orElse(SummaryLevel.MEDIUM);
    }

    @Transactional
    public void chooseSummaryLevel(long userId, SummaryLevel level) {
        preferences.findById(userId).ifPresentOrElse(p -> p.setSummaryLevel(level),
                () -> preferences.save(new StudyPreference(userId, level)));
    }

    /** The ids of what the learner marked in the section, by kind. */
    @Transactional(readOnly = true)
    public Map<MarkKind, Set<Long>> marks(long userId, long sectionId) {
        return rows.marks(userId, List.of(sectionId)).stream()
                .collect(Collectors.groupingBy(StudyMark::getKind,
                        Collectors.mapping(StudyMark::getItemId, Collectors.toSet())));
    }

    /** Progress in each of the sections, in the order given. */
    @Transactional(readOnly = true)
    public Map<Long, SectionProgress> progress(long userId, Collection<Long> sectionIds) {
        return studied(userId, sectionIds).progress();
    }

    /**
     * Progress in each of the sections, in the order given, and when the learner last studied each
     * (a mark set or a card reviewed; sections never studied are absent): one read of their marks
     * and cards serves both.
     */
    @Transactional(readOnly = true)
    public Studied studied(long userId, Collection<Long> sectionIds) {
        if (sectionIds.isEmpty()) {
            return new Studied(Map.of(), Map.of());
        }
        List<StudyMark> marked = rows.marks(userId, sectionIds);
        List<CardSchedule> cards = rows.schedules(userId, sectionIds);
        Map<Long, Instant> lastStudied = new HashMap<>();
        marked.forEach(m -> lastStudied.merge(m.getSectionId(), m.getMarkedAt(), StudyProgressService::later));
        cards.stream().filter(c -> c.getLastReviewAt() != null)
                .forEach(c -> lastStudied.merge(c.getSectionId(), c.getLastReviewAt(), StudyProgressService::later));
        return new Studied(progress(userId, sectionIds,
                marked.stream().collect(Collectors.groupingBy(StudyMark::getSectionId)), cards), lastStudied);
    }

    /** What {@link #studied} found: progress by section id, and the latest study moment by section id. */
    public record Studied(Map<Long, SectionProgress> progress, Map<Long, Instant> lastStudied) {
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** What the learner has done in one section: marks read once for both the ticks and the progress. */
    @Transactional(readOnly = true)
    public LearnerState learnerState(long userId, long sectionId) {
        List<StudyMark> marked = rows.marks(userId, List.of(sectionId));
        Map<MarkKind, Set<Long>> byKind = marked.stream().collect(Collectors.groupingBy(StudyMark::getKind,
                Collectors.mapping(StudyMark::getItemId, Collectors.toSet())));
        SectionProgress progress = progress(userId, List.of(sectionId), Map.of(sectionId, marked),
                rows.schedules(userId, List.of(sectionId))).get(sectionId);
        return new LearnerState(byKind.getOrDefault(MarkKind.LESSON_PART, Set.of()),
                byKind.getOrDefault(MarkKind.CHAPTER, Set.of()), byKind.containsKey(MarkKind.SUMMARY),
                summaryLevel(userId), progress);
    }

    private Map<Long, SectionProgress> progress(long userId, Collection<Long> sectionIds,
                                                Map<Long, List<StudyMark>> marksBySection, List<CardSchedule> cards) {
        Instant now = clock.instant();
        // A learner's own cards are theirs to review, not part of the section's content to get through.
        Map<Long, List<CardSchedule>> cardsBySection = cards.stream()
                .filter(c -> c.card().kind() != CardKind.OWN)
                .collect(Collectors.groupingBy(CardSchedule::getSectionId));
        Map<Long, Integer> best = bestScores.bestPercent(userId, sectionIds);
        Map<Long, ContentCounts> sizes = sectionSizes.of(sectionIds);
        Map<Long, SectionProgress> result = new java.util.LinkedHashMap<>();
        for (long sectionId : sectionIds) {
            result.put(sectionId, progress(sectionId, sizes.getOrDefault(sectionId, ContentCounts.NONE),
                    marksBySection.getOrDefault(sectionId, List.of()),
                    cardsBySection.getOrDefault(sectionId, List.of()), best.get(sectionId), now));
        }
        return result;
    }

    private static SectionProgress progress(long sectionId, ContentCounts size, List<StudyMark> marked,
                                            List<CardSchedule> studied, Integer bestScore, Instant now) {
        Map<MarkKind, Long> counts = marked.stream().collect(Collectors.groupingBy(StudyMark::getKind, Collectors.counting()));
        int learned = (int) studied.stream().filter(c -> c.getPhase() == Phase.REVIEW).count();
        int due = (int) studied.stream().filter(c -> !c.getDueAt().isAfter(now)).count();
        return new SectionProgress(sectionId, counts.getOrDefault(MarkKind.LESSON_PART, 0L).intValue(),
                (int) size.lessonParts(), counts.containsKey(MarkKind.SUMMARY), size.summary(),
                counts.getOrDefault(MarkKind.CHAPTER, 0L).intValue(), (int) size.chapters(),
                learned, due, Math.max(0, (int) size.cards() - studied.size()), (int) size.cards(), bestScore);
    }

    private void mark(long userId, long sectionId, MarkKind kind, long itemId, boolean on) {
        if (!on) {
            if (marks.deleteMark(userId, kind, itemId) > 0) {
                changes.changed(userId);
            }
        } else if (!marks.existsByUserIdAndKindAndItemId(userId, kind, itemId)) {
            marks.save(new StudyMark(userId, sectionId, kind, itemId, clock.instant()));
        }
    }

    private static void requireIn(OpenSection section, SectionItem item) {
        if (item == null || !item.getSection().getId().equals(section.sectionId())) {
            throw new CourseNotFoundException("Item of section " + section.sectionSlug());
        }
    }

}
