package com.studyhall.simulation.library;

/**
 * The proleptic Gregorian calendar of CPython's datetime module: ordinals (day 1 is 0001-01-01),
 * weekdays, ISO strings and the strftime directives the lab models. Plain arithmetic, no objects.
 */
public final class CivilCalendar {
    public static final int MINYEAR = 1;
    public static final int MAXYEAR = 9999;
    /** The ordinal of 9999-12-31. */
    public static final int MAX_ORDINAL = 3652059;
    private static final int[] DAYS_IN_MONTH = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    private static final int[] DAYS_BEFORE_MONTH = {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    public static final String[] DAY_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    public static final String[] MONTH_NAMES = {"", "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    /** The directives {@link #strftime} writes (strftime refuses the others before the run). */
    public static final String DIRECTIVES = "YmdHMSAaBbjpyIf%UWwuTRDe";

    private CivilCalendar() { }

    public static boolean isLeap(long year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    public static int daysInMonth(long year, int month) {
        return month == 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month];
    }

    private static long daysBeforeYear(long year) {
        long y = year - 1;
        return y * 365 + y / 4 - y / 100 + y / 400;
    }

    private static int daysBeforeMonth(long year, int month) {
        return DAYS_BEFORE_MONTH[month] + (month > 2 && isLeap(year) ? 1 : 0);
    }

    public static long toOrdinal(long year, int month, int day) {
        return daysBeforeYear(year) + daysBeforeMonth(year, month) + day;
    }

    /** The day of the year, 1 for January 1st (%j). */
    public static int dayOfYear(long year, int month, int day) {
        return daysBeforeMonth(year, month) + day;
    }

    /** {year, month, day} of an ordinal (ord_to_ymd: 400-, 100-, 4- and 1-year cycles). */
    public static int[] fromOrdinal(long ordinal) {
        long n = ordinal - 1;
        long n400 = n / 146097;
        n %= 146097;
        long year = n400 * 400 + 1;
        long n100 = n / 36524;
        n %= 36524;
        long n4 = n / 1461;
        n %= 1461;
        long n1 = n / 365;
        n %= 365;
        year += n100 * 100 + n4 * 4 + n1;
        if (n1 == 4 || n100 == 4) return new int[] {(int) year - 1, 12, 31};
        int month = 1;
        while (month < 12 && n >= daysBeforeMonth(year, month + 1)) month++;
        return new int[] {(int) year, month, (int) (n - daysBeforeMonth(year, month)) + 1};
    }

    /** Monday is 0. */
    public static int weekday(long year, int month, int day) {
        return (int) ((toOrdinal(year, month, day) + 6) % 7);
    }

    /** The ValueError text for a bad date, or null when it is valid (check_date_args). */
    public static String dateError(long year, long month, long day) {
        if (year < MINYEAR || year > MAXYEAR) return "year " + year + " is out of range";
        if (month < 1 || month > 12) return "month must be in 1..12";
        if (day < 1 || day > daysInMonth(year, (int) month)) return "day is out of range for month";
        return null;
    }

    /** The ValueError text for a bad time of day, or null (check_time_args). */
    public static String timeError(long hour, long minute, long second, long microsecond) {
        if (hour < 0 || hour > 23) return "hour must be in 0..23";
        if (minute < 0 || minute > 59) return "minute must be in 0..59";
        if (second < 0 || second > 59) return "second must be in 0..59";
        if (microsecond < 0 || microsecond > 999999) return "microsecond must be in 0..999999";
        return null;
    }

    public static String isoDate(int year, int month, int day) {
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    /** HH:MM:SS, with .ffffff when there are microseconds (isoformat's "auto"). */
    /**
     * isoformat's time part for a timespec (format_isoformat's table of _datetimemodule.c): "auto" is
     * {@link #isoTime}; null for a name it does not know ("Unknown timespec value").
     */
    public static String isoTime(int hour, int minute, int second, int microsecond, String timespec) {
        return switch (timespec) {
            case "auto" -> isoTime(hour, minute, second, microsecond);
            case "hours" -> String.format("%02d", hour);
            case "minutes" -> String.format("%02d:%02d", hour, minute);
            case "seconds" -> String.format("%02d:%02d:%02d", hour, minute, second);
            case "milliseconds" -> String.format("%02d:%02d:%02d.%03d", hour, minute, second, microsecond / 1000);
            case "microseconds" -> String.format("%02d:%02d:%02d.%06d", hour, minute, second, microsecond);
            default -> null;
        };
    }

    /**
     * parse_hh_mm_ss_ff of _datetimemodule.c (3.11) over a whole string without a UTC offset:
     * HH[[:]MM[[:]SS[{.,}f...]]] (the colons all or none; a fraction of 1 to 6 digits is scaled to
     * microseconds, further digits dropped); hour, minute, second, microsecond, or null when malformed.
     */
    public static int[] parseIsoTime(String text) {
        int[] f = new int[4];
        int p = 0;
        int end = text.length();
        boolean separated = true;
        for (int i = 0; i < 3; i++) {
            if (p + 2 > end || !isDigit(text.charAt(p)) || !isDigit(text.charAt(p + 1))) return null;
            f[i] = (text.charAt(p) - '0') * 10 + text.charAt(p + 1) - '0';
            p += 2;
            if (p >= end) return f;
            char c = text.charAt(p++);
            if (i == 0) separated = c == ':';
            if (p >= end) return null;
            if (separated && c == ':') continue;
            if (c == '.' || c == ',') {
                return fraction(text, p, f);
            }
            if (separated) return null;
            p--;
        }
        // Past the seconds (after a third ':' or a digit), what is left is read as the fraction too.
        return fraction(text, p, f);
    }

    private static int[] fraction(String text, int p, int[] f) {
        int digits = Math.min(6, text.length() - p);
        if (digits == 0) return null;
        int value = 0;
        for (int k = 0; k < digits; k++) {
            char c = text.charAt(p + k);
            if (!isDigit(c)) return null;
            value = value * 10 + c - '0';
        }
        for (int k = digits; k < 6; k++) value *= 10;
        for (int k = p + digits; k < text.length(); k++) if (!isDigit(text.charAt(k))) return null;
        f[3] = value;
        return f;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static String isoTime(int hour, int minute, int second, int microsecond) {
        String t = String.format("%02d:%02d:%02d", hour, minute, second);
        return microsecond == 0 ? t : t + String.format(".%06d", microsecond);
    }

    /**
     * strftime of the lab's directives (the C library's, in the C locale; %f is datetime's own).
     * {@code fields} are year, month, day, hour, minute, second, microsecond.
     */
    public static String strftime(String format, int[] f) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                out.append(c);
                continue;
            }
            char d = format.charAt(++i);
            int wd = weekday(f[0], f[1], f[2]);
            switch (d) {
                case 'Y' -> out.append(f[0] < 1000 ? Integer.toString(f[0]) : String.format("%04d", f[0]));
                case 'm' -> out.append(String.format("%02d", f[1]));
                case 'd' -> out.append(String.format("%02d", f[2]));
                case 'H' -> out.append(String.format("%02d", f[3]));
                case 'I' -> out.append(String.format("%02d", f[3] % 12 == 0 ? 12 : f[3] % 12));
                case 'M' -> out.append(String.format("%02d", f[4]));
                case 'S' -> out.append(String.format("%02d", f[5]));
                case 'f' -> out.append(String.format("%06d", f[6]));
                case 'A' -> out.append(DAY_NAMES[wd]);
                case 'a' -> out.append(DAY_NAMES[wd], 0, 3);
                case 'B' -> out.append(MONTH_NAMES[f[1]]);
                case 'b' -> out.append(MONTH_NAMES[f[1]], 0, 3);
                case 'j' -> out.append(String.format("%03d", dayOfYear(f[0], f[1], f[2])));
                case 'p' -> out.append(f[3] < 12 ? "AM" : "PM");
                case 'y' -> out.append(String.format("%02d", f[0] % 100));
                case '%' -> out.append('%');
                // glibc's week numbers: the weeks starting on Sunday (%U) or Monday (%W) begun by this day.
                case 'U' -> out.append(String.format("%02d", (dayOfYear(f[0], f[1], f[2]) - 1 - (wd + 1) % 7 + 7) / 7));
                case 'W' -> out.append(String.format("%02d", (dayOfYear(f[0], f[1], f[2]) - 1 - wd + 7) / 7));
                case 'w' -> out.append((wd + 1) % 7);
                case 'u' -> out.append(wd + 1);
                case 'T' -> out.append(String.format("%02d:%02d:%02d", f[3], f[4], f[5]));
                case 'R' -> out.append(String.format("%02d:%02d", f[3], f[4]));
                case 'D' -> out.append(String.format("%02d/%02d/%02d", f[1], f[2], f[0] % 100));
                case 'e' -> out.append(String.format("%2d", f[2]));
                // The checker refuses other directives in literals; a format built at run time can still reach here.
                default -> throw new com.studyhall.simulation.heap.PyRaise("TypeError",
                        "the strftime directive %" + d + " is not supported in the memory lab");
            }
        }
        return out.toString();
    }

    /** The first directive of a format the lab does not write, as "%x", or null when all are known. */
    public static String unknownDirective(String format) {
        for (int i = 0; i < format.length(); i++) {
            if (format.charAt(i) != '%') continue;
            if (i + 1 == format.length()) return null; // a trailing % is written as it is
            char d = format.charAt(++i);
            if (DIRECTIVES.indexOf(d) < 0) return "%" + d;
        }
        return null;
    }
}
