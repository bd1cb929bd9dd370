package com.studyhall.study;

/**
 * A learner's memory in numbers: the review calendar, cards by state, true retention against
 * the target, the reviews due over the next 30 days and the time spent.
 */
public record ReviewStats(Heatmap calendar, BarChart states, Retention retention, BarChart forecast, BarChart time) {

    /**
     * Of the grades given to cards in the review phase over the last 30 days, the share that were
     * not Again: FSRS aims to keep it at the desired retention.
     */
    public record Retention(long reviews, long passed, int targetPercent) {

        public Integer percent() {
            return reviews == 0 ? null : (int) Math.round(100.0 * passed / reviews);
        }
    }
}
