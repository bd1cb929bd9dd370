package com.studyhall.study;

import com.studyhall.catalog.LearnerProgress;
import com.studyhall.catalog.Section;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Progress through whole courses: the sum of the steps of their published sections. */
@Service
class CourseProgressService implements LearnerProgress {

    private final StudyCards cards;
    private final StudyProgressService progress;
    private final LearnerActivity activity;

    CourseProgressService(StudyCards cards, StudyProgressService progress, LearnerActivity activity) {
        this.cards = cards;
        this.progress = progress;
        this.activity = activity;
    }

    @Override
    @Transactional(readOnly = true)
    public CourseProgress of(long userId, long courseId) {
        List<Section> sections = cards.publishedSections(List.of(courseId));
        Map<Long, SectionProgress> bySection = progress.progress(userId, sections.stream().map(Section::getId).toList());
        Map<String, Integer> percents = new LinkedHashMap<>();
        sections.forEach(s -> percents.put(s.getSlug(), bySection.get(s.getId()).percent()));
        var next = continuePoint(userId, sections, bySection);
        return new CourseProgress(percent(bySection.values()), percents,
                next.map(p -> p.reason().lead()).orElse(null), next.map(ContinuePoint::title).orElse(null),
                next.map(ContinuePoint::path).orElse(null));
    }

    /** Progress in each course and its sections, for "My learning", in the order of the ids. */
    @Transactional(readOnly = true)
    public Map<Long, MyCourse> courses(long userId, List<Long> courseIds) {
        List<Section> sections = cards.publishedSections(courseIds);
        Map<Long, SectionProgress> bySection = progress.progress(userId, sections.stream().map(Section::getId).toList());
        Map<Long, Instant> lastStudied = activity.lastStudiedBySection(userId, bySection.keySet());
        Map<Long, List<ContinuePoint.Candidate>> lines = new LinkedHashMap<>();
        courseIds.forEach(id -> lines.put(id, new ArrayList<>()));
        for (Section s : sections) {
            lines.get(s.getCourse().getId()).add(candidate(s, bySection));
        }
        Map<Long, MyCourse> result = new LinkedHashMap<>();
        lines.forEach((id, list) -> result.put(id, new MyCourse(
                percent(list.stream().map(ContinuePoint.Candidate::progress).toList()),
                list.stream().map(c -> new MyCourse.MySection(c.title(), c.path(), c.progress())).toList(),
                ContinuePoint.choose(list, lastStudied).orElse(null))));
        return result;
    }

    private Optional<ContinuePoint> continuePoint(long userId, List<Section> sections,
                                                  Map<Long, SectionProgress> bySection) {
        return ContinuePoint.choose(sections.stream().map(s -> candidate(s, bySection)).toList(),
                activity.lastStudiedBySection(userId, bySection.keySet()));
    }

    private static ContinuePoint.Candidate candidate(Section s, Map<Long, SectionProgress> bySection) {
        return new ContinuePoint.Candidate(s.getId(), s.getTitle(),
                "/courses/" + s.getCourse().getSlug() + "/" + s.getSlug(), bySection.get(s.getId()));
    }

    static int percent(java.util.Collection<SectionProgress> sections) {
        int done = sections.stream().mapToInt(SectionProgress::done).sum();
        int total = sections.stream().mapToInt(SectionProgress::total).sum();
        return total == 0 ? 0 : (int) Math.floor(100.0 * done / total);
    }
}
