package com.studyhall.assessment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the facility/discrimination chart places each question. */
class QualityChartTests {

    @Test
    void facilityRunsLeftToRightAndDiscriminationBottomToTopAndQuestionsWithoutFiguresAreLeftOut() {
        var figures = new CourseStatistics.TestFigures("s", "S", 10, 10, 50.0, 50.0, 0.5, 60, List.of(
                new CourseStatistics.QuestionFigures(1, QuestionType.SINGLE_CHOICE, "a", false, 10, 0.0, -1.0),
                new CourseStatistics.QuestionFigures(2, QuestionType.SINGLE_CHOICE, "b", false, 10, 1.0, 1.0),
                new CourseStatistics.QuestionFigures(3, QuestionType.SINGLE_CHOICE, "c", false, 10, 0.5, 0.0),
                new CourseStatistics.QuestionFigures(4, QuestionType.SINGLE_CHOICE, "d", false, 1, 0.5, null)),
                List.of());
        List<CourseStatistics.Point> points = figures.points();
        assertThat(points).extracting(CourseStatistics.Point::position).containsExactly(1, 2, 3);
        assertThat(points.get(0).x()).isEqualTo("30.0");
        assertThat(points.get(0).y()).isEqualTo("120.0");
        assertThat(points.get(1).x()).isEqualTo("290.0");
        assertThat(points.get(1).y()).isEqualTo("10.0");
        assertThat(points.get(2).y()).isEqualTo("65.0");
        assertThat(points.get(0).worthAReview()).as("strong learners miss it as often as weak ones").isTrue();
    }
}
