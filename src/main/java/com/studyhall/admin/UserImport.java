package com.studyhall.admin;

import com.studyhall.accounts.EmailAddresses;
import com.studyhall.accounts.Role;
import com.studyhall.accounts.UserAccount;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The dry run of a user import: every row of a CSV of {@code email, display name, role} with
 * what is wrong with it, by line. Nothing here writes; {@link UserImportService} creates the rows
 * without problems.
 */
final class UserImport {

    /** Larger files are refused before reading them: a few thousand people fit well under it. */
    static final int MAX_CHARACTERS = 200_000;
    static final int MAX_ROWS = 500;
    static final int NAME_MAX = 80;

    /** One person to create, or the reasons they cannot be. */
    record Row(int line, String email, String displayName, Set<Role> roles, List<String> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }

        public String roleNames() {
            return roles.stream().map(r -> r.name().toLowerCase(Locale.ROOT)).reduce((a, b) -> a + "; " + b).orElse("");
        }
    }

    /** The whole dry run: a problem with the file itself (too big, empty) stops everything. */
    record Plan(List<Row> rows, String fileProblem) {

        public List<Row> good() {
            return rows.stream().filter(Row::ok).toList();
        }

        public List<Row> bad() {
            return rows.stream().filter(r -> !r.ok()).toList();
        }

        public boolean clean() {
            return fileProblem == null && bad().isEmpty();
        }
    }

    private UserImport() {
    }

    /** Checks every row; {@code taken} says whether an account with a (normalized) address exists. */
    static Plan check(String csv, Predicate<String> taken) {
        if (csv == null || csv.isBlank()) {
            return new Plan(List.of(), "The CSV is empty. Give one person per line: email, display name, role.");
        }
        if (csv.length() > MAX_CHARACTERS) {
            return new Plan(List.of(), "The CSV has " + csv.length() + " characters; at most " + MAX_CHARACTERS
                    + " are read at once. Split it into smaller files.");
        }
        List<CsvRecords.Line> lines = new ArrayList<>(CsvRecords.parse(csv));
        if (!lines.isEmpty() && isHeader(lines.get(0))) {
            lines.remove(0);
        }
        if (lines.isEmpty()) {
            return new Plan(List.of(), "The CSV has a header but no people.");
        }
        if (lines.size() > MAX_ROWS) {
            return new Plan(List.of(), "The CSV has " + lines.size() + " people; at most " + MAX_ROWS
                    + " are imported at once. Split it into smaller files.");
        }
        Map<String, Integer> firstLineOf = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (CsvRecords.Line line : lines) {
            rows.add(row(line, firstLineOf, taken));
        }
        return new Plan(List.copyOf(rows), null);
    }

    private static boolean isHeader(CsvRecords.Line line) {
        return line.cells().get(0).strip().equalsIgnoreCase("email");
    }

    private static Row row(CsvRecords.Line line, Map<String, Integer> firstLineOf, Predicate<String> taken) {
        List<String> cells = line.cells();
        List<String> problems = new ArrayList<>();
        if (cells.size() != 3) {
            problems.add("has " + cells.size() + (cells.size() == 1 ? " column" : " columns")
                    + "; expected 3: email, display name, role");
        }
        String email = UserAccount.normalizeEmail(cell(cells, 0));
        String name = cell(cells, 1).strip();
        String roleCell = cell(cells, 2);
        if (email.length() > EmailAddresses.MAX_LENGTH) {
            problems.add("email is too long (" + email.length() + " characters, at most " + EmailAddresses.MAX_LENGTH + ")");
        } else if (!EmailAddresses.isValid(email)) {
            problems.add(email.isEmpty() ? "email is missing" : "“" + email + "” is not a valid email address");
        } else {
            Integer first = firstLineOf.putIfAbsent(email, line.number());
            if (first != null) {
                problems.add("duplicate: " + email + " is already on line " + first);
            } else if (taken.test(email)) {
                problems.add("an account with " + email + " already exists");
            }
        }
        if (name.isEmpty()) {
            problems.add("display name is missing");
        } else if (name.codePointCount(0, name.length()) > NAME_MAX) {
            problems.add("display name is too long (" + name.codePointCount(0, name.length()) + " characters, at most "
                    + NAME_MAX + ")");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String part : roleCell.split("[;+]")) {
            String wanted = part.strip();
            if (wanted.isEmpty()) {
                continue;
            }
            Role role = role(wanted);
            if (role == null) {
                problems.add("unknown role “" + abbreviate(wanted) + "”; use learner, instructor or admin");
            } else {
                roles.add(role);
            }
        }
        if (roles.isEmpty() && problems.stream().noneMatch(p -> p.startsWith("unknown role"))) {
            roles.add(Role.LEARNER);
        }
        return new Row(line.number(), abbreviate(email), abbreviate(name), roles, List.copyOf(problems));
    }

    private static Role role(String name) {
        for (Role role : Role.values()) {
            if (role.name().equalsIgnoreCase(name)) {
                return role;
            }
        }
        return null;
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    /** A too-long cell is shown cut, so the problem list stays readable; the length is in the problem. */
    private static String abbreviate(String text) {
        return text.length() <= 100 ? text : text.substring(0, 99) + "…";
    }
}
