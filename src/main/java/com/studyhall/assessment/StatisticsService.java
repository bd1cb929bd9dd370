package com.studyhall.assessment;

import com.studyhall.catalog.CatalogService;
import com.studyhall.catalog.Course;
import com.studyhall.catalog.Section;
import com.studyhall.catalog.Viewer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Computes the instructor statistics of a course's tests; see {@link Statistics} for the formulas. */
@Service
public class StatisticsService {

    private static final int PROMPT_EXCERPT = 140;

    private final CatalogService catalog;
    private final MockTestRepository tests;
    private final QuestionRepository questions;
    private final TestAttemptRepository attempts;
    private final AttemptQuestionRepository attemptQuestions;
    private final ExpectedOutputs expectedOutputs;

    StatisticsService(CatalogService catalog, MockTestRepository tests, QuestionRepository questions,
                      TestAttemptRepository attempts, AttemptQuestionRepository attemptQuestions,
                      ExpectedOutputs expectedOutputs) {
        this.catalog = catalog;
        this.tests = tests;
        this.questions = questions;
        this.attempts = attempts;
        this.attemptQuestions = attemptQuestions;
        this.expectedOutputs = expectedOutputs;
    }

    /** For the course's owner and admins only; others are refused even if they are instructors. */
    @Transactional(readOnly = true)
    public CourseStatistics forCourse(String courseSlug, Viewer viewer) {
        Course course = catalog.visibleCourse(courseSlug, viewer);
        if (!viewer.canEdit(course)) {
            throw new AccessDeniedException("Only the course's owner and admins see its statistics");
        }
        List<CourseStatistics.TestFigures> figures = catalog.visibleSections(course, viewer).stream()
                .flatMap(section -> tests.findBySectionId(section.getId()).map(test -> figures(section, test)).stream())
                .toList();
        return new CourseStatistics(course.getSlug(), course.getTitle(), figures);
    }

    private CourseStatistics.TestFigures figures(Section section, MockTest test) {
        // Attempts awaiting an essay's grade have no score yet: they count once graded.
        List<TestAttempt> closed = attempts.findClosedByMockTestId(test.getId()).stream()
                .filter(a -> !a.isAwaitingGrading()).toList();
        Map<Long, Statistics.Score> scores = closed.stream().collect(Collectors.toMap(TestAttempt::getId,
                a -> new Statistics.Score(a.getId(), a.getScorePoints(), a.getMaxPoints()), (a, b) -> a));
        List<Double> percents = scores.values().stream().map(Statistics.Score::percent).toList();
        // Outcomes are graded against the versions drawn; those of deleted questions have no bank row to show.
        Map<Long, List<QuestionOutcome>> byQuestion = attemptQuestions.findClosedOutcomes(test.getId()).stream()
                .filter(outcome -> outcome.questionId() != null && outcome.score() != null
                        && scores.containsKey(outcome.attemptId())).collect(Collectors.groupingBy(QuestionOutcome::questionId));
        String engine = expectedOutputs.engineVersion().orElse(null);
        List<CourseStatistics.QuestionFigures> perQuestion = questions.findBySectionIdOrderByPosition(section.getId())
                .stream().map(q -> {
                    List<QuestionOutcome> outcomes = byQuestion.getOrDefault(q.getId(), List.of());
                    return new CourseStatistics.QuestionFigures(q.getPosition(), q.getType(), excerpt(q.getPrompt()),
                            !q.isReadyFor(engine), outcomes.size(), Statistics.facility(outcomes),
                            Statistics.discrimination(outcomes, scores));
                }).toList();
        long passed = closed.stream().filter(a -> Boolean.TRUE.equals(a.getPassed())).count();
        int learners = (int) closed.stream().map(TestAttempt::getLearnerId).distinct().count();
        return new CourseStatistics.TestFigures(section.getSlug(), section.getTitle(), closed.size(), learners,
                Statistics.mean(percents), Statistics.median(percents),
                closed.isEmpty() ? null : (double) passed / closed.size(), test.settings().passMarkPercent(), perQuestion,
                Statistics.histogram(percents));
    }

    /** The prompt's first line without Markdown marks, short enough for a table cell. */
    static String excerpt(String prompt) {
        String firstLine = prompt.strip().lines().findFirst().orElse("").replaceAll("[`*_#>]", "");
        return firstLine.length() <= PROMPT_EXCERPT ? firstLine : firstLine.substring(0, PROMPT_EXCERPT - 1) + "…";
    }
}
