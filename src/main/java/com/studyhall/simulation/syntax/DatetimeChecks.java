package com.studyhall.simulation.syntax;

import com.studyhall.simulation.library.CivilCalendar;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The checker's datetime rules: in a program that imports datetime, every strftime format and
 * every date format spec ({@code f"{d:%d/%m}"}, {@code format(d, "%Y")}) must be a literal whose
 * directives the lab writes, so no run stops half-way at an unknown one.
 */
final class DatetimeChecks {
    private final BiConsumer<Token, String> refuse;
    private boolean imported;
    /** Formats seen before knowing whether datetime is imported: the token and the literal (null when not a literal). */
    private final List<Object[]> formats = new ArrayList<>();

    DatetimeChecks(BiConsumer<Token, String> refuse) {
        this.refuse = refuse;
    }

    /** Attributes of datetime's types that the lab does not model (refused in a program that imports datetime). */
    static final java.util.Set<String> UNMODELLED = java.util.Set.of("astimezone", "ctime", "dst", "fold", "fromisocalendar",
            "fromtimestamp", "strptime", "timestamp", "timetuple", "timetz", "tzname",
            "utcfromtimestamp", "utcnow", "utctimetuple");

    /** x.isocalendar, datetime.strptime...: names only datetime's types have among what a lab program holds. */
    void attribute(Expr.Attribute a) {
        if (UNMODELLED.contains(a.name())) formats.add(new Object[] {a.token(), null, a.name()});
    }

    void imported() {
        imported = true;
    }

    /** x.strftime(fmt) and format(x, fmt): the format argument. */
    void call(Expr.Call e) {
        for (Expr.Keyword k : e.keywords()) {
            if ("fold".equals(k.name())) formats.add(new Object[] {k.token(), null, "fold"});
        }
        boolean time = e.callee() instanceof Expr.Name n && n.name().equals("time")
                || e.callee() instanceof Expr.Attribute a && a.name().equals("time");
        if (time && (e.args().size() > 4 || e.keywords().stream().anyMatch(k -> "tzinfo".equals(k.name())))) {
            formats.add(new Object[] {e.token(), null, "a time's tzinfo"});
        }
        if (e.callee() instanceof Expr.Attribute a && a.name().equals("fromisoformat") && e.args().size() == 1
                && e.args().get(0) instanceof Expr.Constant c && c.value() instanceof String text && offsetTime(a.object(), text)) {
            formats.add(new Object[] {e.token(), null, OFFSET_TIME});
        }
        if (e.callee() instanceof Expr.Attribute a && a.name().equals("format") && a.object() instanceof Expr.Constant c
                && c.value() instanceof String template) {
            for (String spec : formatSpecs(template)) formats.add(new Object[] {e.token(), spec, "a str.format spec"});
        }
        boolean strftime = e.callee() instanceof Expr.Attribute a && a.name().equals("strftime");
        boolean format = e.callee() instanceof Expr.Name n && n.name().equals("format") && e.args().size() == 2;
        if (!strftime && !format) return;
        Expr fmt = strftime ? (e.args().isEmpty() ? null : e.args().get(0)) : e.args().get(1);
        String literal = fmt instanceof Expr.Constant c && c.value() instanceof String s ? s : null;
        formats.add(new Object[] {e.token(), literal, strftime ? "strftime" : "format()"});
    }

    private static final String OFFSET_TIME = "fromisoformat() of a time with a UTC offset (an aware time or datetime)";

    /** time.fromisoformat('10:15Z'), datetime.time.fromisoformat('T10:15+02:00'): an aware time. */
    private static boolean offsetTime(Expr receiver, String text) {
        boolean time = receiver instanceof Expr.Name n && n.name().equals("time") || receiver instanceof Expr.Attribute a && a.name().equals("time");
        boolean datetime = receiver instanceof Expr.Name n && n.name().equals("datetime") || receiver instanceof Expr.Attribute a && a.name().equals("datetime");
        // A datetime's offset follows its time, after the date (whose own '-' marks are no offset).
        String offsetPart = datetime ? text.substring(Math.min(text.length(), text.length() > 4 && text.charAt(4) == '-' ? 10 : 8)) : text;
        return (time || datetime) && offsetPart.chars().anyMatch(ch -> ch == 'Z' || ch == '+' || ch == '-');
    }

    /** The specs holding a % of a str.format template's fields ("{:%d/%m}"); a spec with a nested field is left out. */
    static List<String> formatSpecs(String template) {
        List<String> specs = new ArrayList<>();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < template.length() && template.charAt(i + 1) == c) {
                i++; // {{ and }} are literal braces
                continue;
            }
            if (c != '{') continue;
            int end = template.indexOf('}', i);
            if (end < 0) break;
            String field = template.substring(i + 1, end);
            int colon = field.indexOf(':');
            if (colon >= 0 && field.indexOf('{') < 0 && field.indexOf('[') < 0 && field.substring(colon).contains("%")) {
                specs.add(field.substring(colon + 1));
            }
            i = end;
        }
        return specs;
    }

    /** An f-string's specs: literal text always. */
    void fstring(Expr.FString e) {
        for (Expr.FormatSpec spec : e.specs()) {
            if (spec != null && spec.spec() != null && spec.spec().contains("%")) formats.add(new Object[] {e.token(), spec.spec(), "an f-string spec"});
        }
    }

    void finish() {
        if (!imported) return;
        for (Object[] f : formats) {
            Token at = (Token) f[0];
            String text = (String) f[1];
            if (f[2].equals("fold") || f[2].equals("a time's tzinfo") || f[2].equals(OFFSET_TIME)) {
                refuse.accept(at, f[2].equals("fold") ? "datetime's fold argument" : f[2].equals(OFFSET_TIME) ? OFFSET_TIME : "a datetime.time with a tzinfo");
                continue;
            }
            if (UNMODELLED.contains((String) f[2])) {
                refuse.accept(at, "the datetime attribute '" + f[2] + "'");
                continue;
            }
            if (text == null) {
                refuse.accept(at, "a " + f[2] + " format that is not a str literal in a program that imports datetime");
                continue;
            }
            String unknown = CivilCalendar.unknownDirective(text);
            if (unknown != null) refuse.accept(at, "the strftime directive '" + unknown + "' (in " + f[2] + ")");
        }
    }
}
