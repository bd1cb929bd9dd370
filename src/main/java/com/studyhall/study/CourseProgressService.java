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

/** Progress through whole courses: the sum of the steps of their published sections. */
@Service
class CourseProgressService implements LearnerProgress {

    private final StudyCards cards;
    private final StudyProgressService progress;

    CourseProgressService(StudyCards cards, StudyProgressService progress) {
        this.cards = cards;
        this.progress = progress;
    }

    @Override
    @Transactional(readOnly = true)
    public CourseProgress of(long userId, long courseId) {
        List<Section> sections = cards.publishedSections(List.of(courseId));
        var studied = progress.studied(userId, sections.stream().map(Section::getId).toList());
        Map<Long, SectionProgress> bySection = studied.progress();
        Map<String, Integer> percents = new LinkedHashMap<>();
        sections.forEach(s -> percents.put(s.getSlug(), bySection.get(s.getId()).percent()));
        var next = ContinuePoint.choose(sections.stream().map(s -> candidate(s, bySection)).toList(),
                studied.lastStudied());
        return new CourseProgress(percent(bySection.values()), percents,
                next.map(p -> p.reason().lead()).orElse(null), next.map(ContinuePoint::title).orElse(null),
                next.map(ContinuePoint::path).orElse(null));
    }

    /** Progress in each course and its sections, for "My learning", in the order of the ids. */
    @Transactional(readOnly = true)
    public Map<Long, MyCourse> courses(long userId, List<Long> courseIds) {
        List<Section> sections = cards.publishedSections(courseIds);
        var studied = progress.studied(userId, sections.stream().map(Section::getId).toList());
        Map<Long, SectionProgress> bySection = studied.progress();
        Map<Long, Instant> lastStudied = studied.lastStudied();
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
