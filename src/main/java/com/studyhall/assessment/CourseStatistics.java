package com.studyhall.assessment;

import java.util.List;

/** Test statistics of a course for its editors: per section's test, then per question of its bank. */
public record CourseStatistics(String courseSlug, String courseTitle, List<TestFigures> tests) {

    /** One test; the figures are null while no attempt is closed. */
    public record TestFigures(String sectionSlug, String sectionTitle, int attempts, int learners, Double meanPercent,
                              Double medianPercent, Double passRate, int passMarkPercent, List<QuestionFigures> questions,
                              List<Integer> scoreBins) {

        /** The histogram's bars, drawn as SVG on the server: 0–9 %, 10–19 %, … 90–100 %. */
        public List<Bar> bars() {
            int highest = scoreBins.stream().mapToInt(Integer::intValue).max().orElse(0);
            return java.util.stream.IntStream.range(0, scoreBins.size()).mapToObj(i -> {
                int count = scoreBins.get(i);
                int height = highest == 0 ? 0 : Math.round(count * 100f / highest);
                String label = (i * 10) + (i == 9 ? "–100 %" : "–" + (i * 10 + 9) + " %");
                return new Bar(label, count, i * 30 + 2, 110 - height, height);
            }).toList();
        }

        /** The questions with both figures, placed on the facility/discrimination chart. */
        public List<Point> points() {
            return questions.stream().filter(q -> q.facility() != null && q.discrimination() != null)
                    .map(q -> new Point(q.position(), q.facility(), q.discrimination(), q.worthAReview())).toList();
        }
    }

    /**
     * One question on the facility/discrimination chart: facility 0–1 left to right, discrimination
     * −1 to 1 bottom to top, in a 300 × 140 SVG whose plot spans x 30–290 and y 10–120.
     */
    public record Point(int position, double facility, double discrimination, boolean worthAReview) {

        public String x() {
            return String.format(java.util.Locale.ROOT, "%.1f", 30 + facility * 260);
        }

        public String y() {
            return String.format(java.util.Locale.ROOT, "%.1f", 65 - discrimination * 55);
        }
    }

    /** One bar of a histogram: its range, how many attempts fell in it, and where it is drawn. */
    public record Bar(String label, int count, int x, int y, int height) {
    }

    /** One question of the bank; facility and discrimination are null until enough attempts drew it. */
    public record QuestionFigures(int position, QuestionType type, String prompt, boolean awaitingEngine,
                                  int timesDrawn, Double facility, Double discrimination) {

        /** Questions that many get wrong, or that strong learners miss as often as weak ones, deserve a look. */
        public boolean worthAReview() {
            return (facility != null && timesDrawn >= 5 && facility < 0.2)
                    || (discrimination != null && timesDrawn >= 5 && discrimination < 0);
        }
    }
}
