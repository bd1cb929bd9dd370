package com.studyhall.study;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reviews per UTC day as a calendar: one column per week (Monday at the top), five shades. */
public record Heatmap(List<Cell> cells, int weeks, long max, long total, int activeDays) {

    static final int CELL = 14;

    static Heatmap of(LocalDate today, int weeks, Map<LocalDate, Long> reviews) {
        LocalDate start = today.minusWeeks(weeks - 1L).with(DayOfWeek.MONDAY);
        long max = reviews.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Cell> cells = new ArrayList<>();
        for (LocalDate day = start; !day.isAfter(today); day = day.plusDays(1)) {
            long count = reviews.getOrDefault(day, 0L);
            int week = (int) (java.time.temporal.ChronoUnit.DAYS.between(start, day) / 7);
            int level = count == 0 ? 0 : (int) Math.max(1, Math.ceil(4.0 * count / max));
            cells.add(new Cell(day, count, level, week * CELL, (day.getDayOfWeek().getValue() - 1) * CELL));
        }
        long total = cells.stream().mapToLong(Cell::count).sum();
        int active = (int) cells.stream().filter(c -> c.count() > 0).count();
        return new Heatmap(cells, weeks, max, total, active);
    }

    public int width() {
        return weeks * CELL;
    }

    /** One day: its reviews, its shade (0 none to 4 most) and its square's position. */
    public record Cell(LocalDate day, long count, int level, int x, int y) {
    }
}
