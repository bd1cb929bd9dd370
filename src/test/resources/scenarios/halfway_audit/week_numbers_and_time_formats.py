# A weekly timesheet: week numbers of dates and shift times formatted with f-strings.
import datetime
import gc
import sys

shifts = [
    (datetime.date(2024, 1, 1), datetime.time(8, 30)),
    (datetime.date(2024, 1, 7), datetime.time(14, 0)),
    (datetime.date(2024, 3, 5), datetime.time(9, 5, 7)),
    (datetime.date(2023, 12, 31), datetime.time(22, 45)),
]
for day, start in shifts:
    print("{:%Y week %U (Mon-based %W), weekday %w/%u}".format(day), f"starts {start:%H:%M} ({start:%I:%M %p})")
print(datetime.date(2024, 3, 5).strftime("%D, day %e"), format(datetime.time(7, 3), "%T / %R"))

when = datetime.datetime(2024, 3, 5, 10, 20)
print(datetime.date.isoformat(when), when.isoformat())
print(datetime.date.weekday(when), datetime.date.toordinal(when) == when.toordinal())
print(list(map(datetime.date.isoformat, [when, when.date()])))

t = datetime.time(6, 15)
gc.collect()
before = gc.get_count()
label = f"{t:%H:%M}"
after = gc.get_count()
print(label, before, after, sys.getrefcount(t), sys.getsizeof(t), gc.is_tracked(t))
