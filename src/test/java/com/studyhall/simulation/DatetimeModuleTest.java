package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.messages;
import static com.studyhall.simulation.EngineRuns.runPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** datetime where the corpus cannot pin it down (calendar edges, float rounding), and what stays refused. */
class DatetimeModuleTest {
    @Test
    void ordinalsCrossTheFourHundredAndHundredYearCyclesAsCPythonDoes() {
        SimulationResult r = runPatiently("""
                from datetime import date
                for o in [1, 59, 60, 365, 366, 1461, 36524, 36525, 146096, 146097, 730120, 3652059]:
                    d = date.fromordinal(o)
                    print(o, d, d.weekday(), d.toordinal() == o)
                """);
        assertThat(r.stdout()).isEqualTo("""
                1 0001-01-01 0 True
                59 0001-02-28 2 True
                60 0001-03-01 3 True
                365 0001-12-31 0 True
                366 0002-01-01 1 True
                1461 0004-12-31 4 True
                36524 0100-12-31 4 True
                36525 0101-01-01 5 True
                146096 0400-12-30 5 True
                146097 0400-12-31 6 True
                730120 2000-01-01 5 True
                3652059 9999-12-31 4 True
                """);
    }

    @Test
    void fractionalTimedeltaArgumentsRoundTheLeftoverMicrosecondsHalfToEven() {
        SimulationResult r = runPatiently("""
                from datetime import timedelta
                for kw in [dict(days=0.1), dict(seconds=0.0000005), dict(seconds=0.0000015), dict(microseconds=0.5),
                           dict(microseconds=1.5), dict(microseconds=2.5), dict(days=-0.3, hours=1.7), dict(minutes=0.123456789)]:
                    print(repr(timedelta(**kw)))
                """);
        assertThat(r.stdout()).isEqualTo("""
                datetime.timedelta(seconds=8640)
                datetime.timedelta(0)
                datetime.timedelta(microseconds=2)
                datetime.timedelta(0)
                datetime.timedelta(microseconds=2)
                datetime.timedelta(microseconds=2)
                datetime.timedelta(days=-1, seconds=66600)
                datetime.timedelta(seconds=7, microseconds=407407)
                """);
    }

    @Nested
    class Refused {
        @Test
        void strftimeFormatsMustBeLiteralsWithTheLabsDirectives() {
            SimulationResult r = runPatiently("""
                    from datetime import date
                    d = date(2024, 1, 1)
                    fmt = "%Y"
                    print(d.strftime(fmt), d.strftime("%c"), f"{d:%z}", f"{0.5:.0%}")
                    """);
            assertThat(messages(r)).containsExactlyInAnyOrder(
                    "line 4: a strftime format that is not a str literal in a program that imports datetime is not supported in the memory lab",
                    "line 4: the strftime directive '%c' (in strftime) is not supported in the memory lab",
                    "line 4: the strftime directive '%z' (in an f-string spec) is not supported in the memory lab");
        }

        @Test
        void attributesTheLabDoesNotModelAreRefusedByName() {
            SimulationResult r = runPatiently("""
                    from datetime import date, datetime, time, timezone
                    print(date(2024, 1, 1).fromisocalendar(2024, 1, 1), datetime.strptime("2024", "%Y"), datetime(2024, 1, 1).timestamp())
                    t = time(1, tzinfo=timezone.utc)
                    """);
            assertThat(messages(r)).containsExactlyInAnyOrder(
                    "line 2: the datetime attribute 'fromisocalendar' is not supported in the memory lab",
                    "line 2: the datetime attribute 'strptime' is not supported in the memory lab",
                    "line 2: the datetime attribute 'timestamp' is not supported in the memory lab",
                    "line 3: a datetime.time with a tzinfo is not supported in the memory lab");
        }

        @Test
        void theAbstractTzinfoClassIsANameTheModuleLacks() {
            assertThat(messages(runPatiently("from datetime import tzinfo\n"))).hasSize(1);
        }
    }
    @Nested
    class TimesAsText {
        @Test
        void isoformatTakesATimespecForTimesAndDatetimesWithCPythonsErrors() {
            // CPython 3.11.7: 09:05 09:05:07.123 2024-03-01 09 2024-03-01T09:05:07.123456 None
            //                 ValueError Unknown timespec value / TypeError isoformat() argument 1 must be str, not int
            SimulationResult r = runPatiently("import datetime\nt = datetime.time(9, 5, 7, 123456)\n"
                    + "d = datetime.datetime(2024, 3, 1, 9, 5, 7, 123456)\n"
                    + "print(t.isoformat('minutes'), t.isoformat(timespec='milliseconds'), d.isoformat(' ', 'hours'), d.isoformat(), t.utcoffset())\n"
                    + "for bad in (lambda: t.isoformat('days'), lambda: t.isoformat(3)):\n"
                    + "    try:\n        bad()\n    except (TypeError, ValueError) as e:\n        print(type(e).__name__, e)\n");
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.stdout()).isEqualTo("09:05 09:05:07.123 2024-03-01 09 2024-03-01T09:05:07.123456 None\n"
                    + "ValueError Unknown timespec value\nTypeError isoformat() argument 1 must be str, not int\n");
        }

        @Test
        void timeFromisoformatReadsTheFormsThreeElevenReads() {
            // CPython 3.11.7, each on its own line: the time or the ValueError
            SimulationResult r = runPatiently("from datetime import time\n"
                    + "for s in ('10:15', '10', '1015', 'T101530', '10:15:30,5', '10:15:30.1234567', '10:15:30:5', '10:15:', '10:1', '25:00'):\n"
                    + "    try:\n        print(repr(time.fromisoformat(s)))\n    except ValueError as e:\n        print(e)\n");
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.stdout()).isEqualTo("""
                    datetime.time(10, 15)
                    datetime.time(10, 0)
                    datetime.time(10, 15)
                    datetime.time(10, 15, 30)
                    datetime.time(10, 15, 30, 500000)
                    datetime.time(10, 15, 30, 123456)
                    datetime.time(10, 15, 30, 500000)
                    Invalid isoformat string: '10:15:'
                    Invalid isoformat string: '10:1'
                    hour must be in 0..23
                    """);
        }

        @Test
        void datetimeFromisoformatTakesAnySeparatorAndTheTimeForms() {
            // CPython 3.11.7: 2024-01-05 10:15:00 2024-01-05 10:15:30.500000 2024-01-05 10:15:30.250000 / Invalid isoformat string: '2024-01-05T'
            SimulationResult r = runPatiently("from datetime import datetime\n"
                    + "print(datetime.fromisoformat('2024-01-05x1015'), datetime.fromisoformat('20240105 10:15:30.5'), "
                    + "datetime.fromisoformat('2024-01-05T10:15:30,25'))\n"
                    + "try:\n    datetime.fromisoformat('2024-01-05T')\nexcept ValueError as e:\n    print(e)\n");
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.stdout()).isEqualTo("2024-01-05 10:15:00 2024-01-05 10:15:30.500000 2024-01-05 10:15:30.250000\n"
                    + "Invalid isoformat string: '2024-01-05T'\n");
        }

        @Test
        void aLiteralTimeWithAUtcOffsetIsRefusedBeforeTheRun() {
            assertThat(messages(runPatiently("import datetime\nprint(datetime.time.fromisoformat('10:15Z'))\n")))
                    .singleElement().asString().contains("UTC offset");
        }
    }
}
