package com.studyhall.gradebook;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How the instructor wants the gradebook: filtered by name or email, limited to learners who are
 * behind or inactive, sorted by a column. Everything lives in the URL, so a view can be bookmarked
 * and shared with a co-instructor.
 *
 * @param text   part of a name or email, or blank
 * @param show   {@code all}, {@code behind} (below the class median progress, or a test not passed)
 *               or {@code inactive} (nothing for {@value #INACTIVE_DAYS} days)
 * @param sort   {@code name}, {@code progress}, {@code activity}, {@code enrolled} or {@code test-<id>}
 * @param descending the sort's direction
 */
public record GradebookQuery(String text, String show, String sort, boolean descending) {

    static final int INACTIVE_DAYS = 14;
    static final List<String> SHOWS = List.of("all", "behind", "inactive");

    public static GradebookQuery of(String text, String show, String sort, String dir) {
        return new GradebookQuery(text == null ? "" : text.strip(),
                show != null && SHOWS.contains(show) ? show : "all",
                sort == null || !sort.matches("name|progress|activity|enrolled|test-\\d{1,18}") ? "name" : sort,
                "desc".equals(dir));
    }

    List<Gradebook.LearnerRow> apply(List<Gradebook.LearnerRow> rows, Instant now) {
        int median = median(rows);
        return rows.stream()
                .filter(this::matchesText)
                .filter(row -> switch (show) {
                    case "behind" -> row.progressPercent() < median
                            || row.results().values().stream().anyMatch(r -> r.attempts() > 0 && !r.passed());
                    case "inactive" -> row.lastActivity() == null
                            || row.lastActivity().isBefore(now.minus(Duration.ofDays(INACTIVE_DAYS)));
                    default -> true;
                })
                .sorted(descending ? comparator().reversed() : comparator())
                .toList();
    }

    private boolean matchesText(Gradebook.LearnerRow row) {
        if (text.isEmpty()) {
            return true;
        }
        String wanted = text.toLowerCase(Locale.ROOT);
        return row.name().toLowerCase(Locale.ROOT).contains(wanted) || row.email().toLowerCase(Locale.ROOT).contains(wanted);
    }

    private Comparator<Gradebook.LearnerRow> comparator() {
        Comparator<Gradebook.LearnerRow> byName = Comparator.comparing(row -> row.name().toLowerCase(Locale.ROOT));
        Comparator<Gradebook.LearnerRow> primary = switch (sort) {
            case "progress" -> Comparator.comparingInt(Gradebook.LearnerRow::progressPercent);
            case "activity" -> Comparator.comparing(Gradebook.LearnerRow::lastActivity,
                    Comparator.nullsFirst(Comparator.naturalOrder()));
            case "enrolled" -> Comparator.comparing(Gradebook.LearnerRow::enrolledAt);
            case "name" -> byName;
            default -> {
                long testId = Long.parseLong(sort.substring("test-".length()));
                yield Comparator.comparing(row -> row.result(testId).bestPercent(),
                        Comparator.nullsFirst(Comparator.naturalOrder()));
            }
        };
        return primary.thenComparing(byName);
    }

    private static int median(List<Gradebook.LearnerRow> rows) {
        int[] sorted = rows.stream().mapToInt(Gradebook.LearnerRow::progressPercent).sorted().toArray();
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }

    /** The query string for the same view sorted by {@code column} (flipping the direction when it is the current one). */
    public String sortedBy(String column) {
        boolean flip = column.equals(sort) && !descending;
        return "?q=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)
                + "&show=" + show + "&sort=" + column + (flip ? "&dir=desc" : "");
    }

    /** aria-sort for a column header. */
    public String ariaSort(String column) {
        return column.equals(sort) ? (descending ? "descending" : "ascending") : "none";
    }
}
