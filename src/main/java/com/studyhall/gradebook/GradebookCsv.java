package com.studyhall.gradebook;

import com.studyhall.assessment.Points;
import com.studyhall.web.SpreadsheetCells;

import java.util.ArrayList;
import java.util.List;

/**
 * The gradebook as CSV, one learner a row, every cell defused against spreadsheet formulas (a
 * learner chooses their own display name). Times in UTC ISO-8601, scores as whole percents (rounded
 * down, as the pages show them), the last attempt's points as the decimal kept ("4.5", a point).
 */
final class GradebookCsv {

    private GradebookCsv() {
    }

    static String write(Gradebook book) {
        var out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("Name", "Email", "Enrolled", "Progress %", "Last activity"));
        book.sections().forEach(s -> header.add("Section: " + s.title() + " %"));
        book.tests().forEach(t -> {
            String name = "Test: " + t.sectionTitle();
            header.addAll(List.of(name + " best %", name + " last %", name + " last points", name + " last max points",
                    name + " attempts", name + " last time (s)"));
        });
        out.append(SpreadsheetCells.csvRecord(header));
        for (Gradebook.LearnerRow row : book.learners()) {
            List<String> cells = new ArrayList<>(List.of(row.name(), row.email(), row.enrolledAt().toString(),
                    String.valueOf(row.progressPercent()), row.lastActivity() == null ? "" : row.lastActivity().toString()));
            book.sections().forEach(s -> cells.add(text(row.sectionPercents().get(s.slug()))));
            book.tests().forEach(t -> {
                Gradebook.TestResult r = row.result(t.testId());
                cells.addAll(List.of(text(r.bestPercent()), text(r.lastPercent()), Points.text(r.lastPoints()),
                        text(r.lastMaxPoints()), String.valueOf(r.attempts()),
                        r.lastTimeTaken() == null ? "" : String.valueOf(r.lastTimeTaken().toSeconds())));
            });
            out.append(SpreadsheetCells.csvRecord(cells));
        }
        return out.toString();
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }
}
