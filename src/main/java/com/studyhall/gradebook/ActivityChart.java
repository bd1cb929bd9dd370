package com.studyhall.gradebook;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * A course's activity per week (UTC, weeks from Monday) over the last {@link #WEEKS} weeks: parts
 * and chapters its learners marked done, and test attempts they started. Drawn as paired bars in
 * server-side SVG; the gradebook shows the same numbers in a table beside it.
 */
public record ActivityChart(List<Week> weeks) {

    public static final int WEEKS = 8;

    /** SVG geometry: each week is a group of two bars in a 40-unit slot over a 100-unit high plot. */
    static final int SLOT = 40;
    static final int PLOT_TOP = 10;
    static final int PLOT_BOTTOM = 110;

    /** One week: its first day, the two counts, and where its bars are drawn. */
    public record Week(LocalDate start, int marked, int attempts, int x, int markedY, int markedHeight,
                       int attemptsY, int attemptsHeight) {

        private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

        public String label() {
            return LABEL.format(start);
        }

        public int labelX() {
            return x + 15;
        }
    }

    /** The first moment of the oldest week shown, to ask the data from. */
    static Instant since(Instant now) {
        return firstDay(now).minusWeeks(WEEKS - 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static ActivityChart of(Instant now, Collection<Instant> marks, Collection<Instant> attempts) {
        LocalDate oldest = firstDay(now).minusWeeks(WEEKS - 1L);
        int[] marked = countPerWeek(oldest, marks);
        int[] started = countPerWeek(oldest, attempts);
        int highest = 0;
        for (int i = 0; i < WEEKS; i++) {
            highest = Math.max(highest, Math.max(marked[i], started[i]));
        }
        List<Week> weeks = new ArrayList<>();
        for (int i = 0; i < WEEKS; i++) {
            int markedHeight = height(marked[i], highest);
            int attemptsHeight = height(started[i], highest);
            weeks.add(new Week(oldest.plusWeeks(i), marked[i], started[i], 8 + i * SLOT,
                    PLOT_BOTTOM - markedHeight, markedHeight, PLOT_BOTTOM - attemptsHeight, attemptsHeight));
        }
        return new ActivityChart(List.copyOf(weeks));
    }

    public boolean empty() {
        return weeks.stream().allMatch(w -> w.marked() == 0 && w.attempts() == 0);
    }

    public int highest() {
        return weeks.stream().mapToInt(w -> Math.max(w.marked(), w.attempts())).max().orElse(0);
    }

    private static int[] countPerWeek(LocalDate oldest, Collection<Instant> moments) {
        int[] counts = new int[WEEKS];
        for (Instant moment : moments) {
            long week = java.time.temporal.ChronoUnit.WEEKS.between(oldest, moment.atZone(ZoneOffset.UTC).toLocalDate());
            if (week >= 0 && week < WEEKS) {
                counts[(int) week]++;
            }
        }
        return counts;
    }

    private static int height(int count, int highest) {
        return highest == 0 ? 0 : Math.round(count * (float) (PLOT_BOTTOM - PLOT_TOP) / highest);
    }

    private static LocalDate firstDay(Instant now) {
        return now.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
