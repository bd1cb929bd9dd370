package com.studyhall.gradebook;

import com.studyhall.accounts.UserAccount;
import com.studyhall.accounts.UserAccountRepository;
import com.studyhall.assessment.AttemptLog;
import com.studyhall.assessment.LearnerOverrides;
import com.studyhall.audit.AuditKind;
import com.studyhall.audit.AuditLog;
import com.studyhall.catalog.CatalogService;
import com.studyhall.catalog.Course;
import com.studyhall.catalog.LearnerProgress;
import com.studyhall.catalog.Section;
import com.studyhall.catalog.Viewer;
import com.studyhall.enrollment.Enrollment;
import com.studyhall.enrollment.EnrollmentService;
import com.studyhall.study.LearnerActivity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Builds the gradebook and a learner's record for a course's owner and admins. */
@Service
public class GradebookService {

    private static final List<AuditKind> OVERRIDE_KINDS = List.of(AuditKind.OVERRIDE_GRANTED, AuditKind.ATTEMPT_REOPENED);

    private final CatalogService catalog;
    private final EnrollmentService enrollments;
    private final UserAccountRepository users;
    private final AttemptLog attemptLog;
    private final LearnerProgress progress;
    private final LearnerActivity activity;
    private final LearnerOverrides overrides;
    private final AuditLog audit;
    private final Clock clock;

    GradebookService(CatalogService catalog, EnrollmentService enrollments, UserAccountRepository users,
                     AttemptLog attemptLog, LearnerProgress progress, LearnerActivity activity,
                     LearnerOverrides overrides, AuditLog audit, Clock clock) {
        this.catalog = catalog;
        this.enrollments = enrollments;
        this.users = users;
        this.attemptLog = attemptLog;
        this.progress = progress;
        this.activity = activity;
        this.overrides = overrides;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Gradebook gradebook(String courseSlug, Viewer viewer, GradebookQuery query) {
        Snapshot snapshot = snapshot(courseSlug, viewer);
        List<Gradebook.LearnerRow> rows = snapshot.enrolled().stream()
                .filter(e -> snapshot.people().containsKey(e.getUserId()))
                .map(e -> row(snapshot, e)).toList();
        return new Gradebook(snapshot.course().getSlug(), snapshot.course().getTitle(), snapshot.testColumns(),
                snapshot.sectionColumns(), query.apply(rows, clock.instant()), rows.size(), query, activity(snapshot));
    }

    /** Parts marked done and test attempts started per week by the enrolled learners, over the last weeks. */
    private ActivityChart activity(Snapshot snapshot) {
        Instant now = clock.instant();
        Instant since = ActivityChart.since(now);
        List<Instant> marks = activity.marksSince(snapshot.people().keySet(), snapshot.sectionIds(), since);
        List<Instant> started = snapshot.attempts().entrySet().stream()
                .filter(e -> snapshot.people().containsKey(e.getKey()))
                .flatMap(e -> e.getValue().stream()).map(AttemptLog.Entry::startedAt)
                .filter(at -> at != null && !at.isBefore(since)).toList();
        return ActivityChart.of(now, marks, started);
    }

    /** One enrolled learner's row, with every attempt listed; 404 for someone not enrolled. */
    @Transactional(readOnly = true)
    public LearnerRecord learner(String courseSlug, long learnerId, Viewer viewer) {
        Snapshot snapshot = snapshot(courseSlug, viewer);
        Enrollment enrollment = snapshot.enrolled().stream().filter(e -> e.getUserId() == learnerId).findFirst()
                .orElseThrow(() -> new LearnerNotEnrolledException(learnerId));
        Map<Long, List<AttemptLog.Entry>> byTest = snapshot.attempts().getOrDefault(learnerId, List.of()).stream()
                .collect(Collectors.groupingBy(AttemptLog.Entry::testId, LinkedHashMap::new, Collectors.toList()));
        var grants = overrides.grantsOf(learnerId, snapshot.testColumns().stream().map(Gradebook.TestColumn::testId).toList());
        String email = snapshot.people().get(learnerId).getEmail();
        var history = audit.about(OVERRIDE_KINDS, email, snapshot.course().getSlug() + " · ");
        return new LearnerRecord(snapshot.course().getSlug(), snapshot.course().getTitle(), row(snapshot, enrollment),
                snapshot.testColumns(), snapshot.sectionColumns(), byTest, grants, history);
    }

    private Snapshot snapshot(String courseSlug, Viewer viewer) {
        Course course = catalog.visibleCourse(courseSlug, viewer);
        if (!viewer.canEdit(course)) {
            throw new AccessDeniedException("Only the course's owner and admins see its gradebook");
        }
        List<Section> sections = catalog.visibleSections(course, viewer);
        Map<Long, Section> tested = attemptLog.testedSections(sections);
        List<Enrollment> enrolled = enrollments.enrollmentsIn(course.getId());
        List<Long> ids = enrolled.stream().map(Enrollment::getUserId).toList();
        Map<Long, UserAccount> people = users.findAllById(ids).stream()
                .collect(Collectors.toMap(UserAccount::getId, Function.identity()));
        Map<Long, List<AttemptLog.Entry>> attempts = attemptLog.attemptsAt(tested.keySet()).stream()
                .collect(Collectors.groupingBy(AttemptLog.Entry::learnerId));
        Map<Long, Instant> studied = activity.lastStudied(ids, sections.stream().map(Section::getId).toList());
        List<Gradebook.TestColumn> testColumns = tested.entrySet().stream()
                .map(t -> new Gradebook.TestColumn(t.getKey(), t.getValue().getSlug(), t.getValue().getTitle())).toList();
        List<Gradebook.SectionColumn> sectionColumns = sections.stream().filter(Section::isPublished)
                .map(s -> new Gradebook.SectionColumn(s.getSlug(), s.getTitle())).toList();
        return new Snapshot(course, testColumns, sectionColumns, enrolled, people, attempts, studied,
                sections.stream().map(Section::getId).toList());
    }

    private Gradebook.LearnerRow row(Snapshot snapshot, Enrollment enrollment) {
        long id = enrollment.getUserId();
        UserAccount person = snapshot.people().get(id);
        LearnerProgress.CourseProgress done = progress.of(id, snapshot.course().getId());
        List<AttemptLog.Entry> attempts = snapshot.attempts().getOrDefault(id, List.of());
        Map<Long, Gradebook.TestResult> results = new LinkedHashMap<>();
        for (Gradebook.TestColumn test : snapshot.testColumns()) {
            List<AttemptLog.Entry> at = attempts.stream().filter(a -> a.testId() == test.testId()).toList();
            if (!at.isEmpty()) {
                results.put(test.testId(), result(at));
            }
        }
        Instant last = Stream.concat(Stream.ofNullable(snapshot.studied().get(id)),
                attempts.stream().map(AttemptLog.Entry::lastTouched)).max(Comparator.naturalOrder()).orElse(null);
        String weakest = snapshot.sectionColumns().stream()
                .filter(s -> done.section(s.slug()) != null && done.section(s.slug()) < 100)
                .min(Comparator.comparingInt(s -> done.section(s.slug())))
                .map(Gradebook.SectionColumn::title).orElse(null);
        return new Gradebook.LearnerRow(id, person.getDisplayName(), person.getEmail(), enrollment.getEnrolledAt(),
                done.percent(), done.sectionPercents(), results, last, weakest);
    }

    private static Gradebook.TestResult result(List<AttemptLog.Entry> attempts) {
        List<AttemptLog.Entry> graded = attempts.stream().filter(AttemptLog.Entry::graded).toList();
        Integer best = graded.stream().map(AttemptLog.Entry::scorePercent).max(Integer::compare).orElse(null);
        AttemptLog.Entry last = graded.stream().max(Comparator.comparingInt(AttemptLog.Entry::number)).orElse(null);
        boolean passed = graded.stream().anyMatch(a -> Boolean.TRUE.equals(a.passed()));
        boolean open = attempts.stream().anyMatch(a -> !a.status().closed());
        return new Gradebook.TestResult(best, last == null ? null : last.scorePercent(),
                last == null ? null : last.scorePoints(), last == null ? null : last.maxPoints(), attempts.size(),
                last == null ? null : last.timeTaken(), passed, open);
    }

    private record Snapshot(Course course, List<Gradebook.TestColumn> testColumns,
                            List<Gradebook.SectionColumn> sectionColumns, List<Enrollment> enrolled,
                            Map<Long, UserAccount> people, Map<Long, List<AttemptLog.Entry>> attempts,
                            Map<Long, Instant> studied, List<Long> sectionIds) {
    }
}
