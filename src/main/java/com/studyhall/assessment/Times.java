package com.studyhall.assessment;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as the test pages show them: in UTC, the server's clock, said so on the page. */
public final class Times {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    public static String shown(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant);
    }

    public static String clock(Instant instant) {
        return instant == null ? "" : CLOCK.format(instant);
    }

    /** Seconds as m:ss, for the countdown's first paint before its script takes over. */
    public static String minutesSeconds(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
