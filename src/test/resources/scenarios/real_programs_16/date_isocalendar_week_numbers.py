# ISO week numbers with date.isocalendar(): a tuple subclass (datetime.IsoCalendarDate) with
# year, week and weekday by name; sys.version_info, another struct sequence, lacks namedtuple's extras.
import datetime
import gc
import sys

d = datetime.date(2024, 3, 15)
iso = d.isocalendar()
print(iso, type(iso).__name__, type(iso).__module__, repr(type(iso)), sys.getsizeof(iso))
print(iso == (2024, 11, 5), iso[1:], iso + (1,), iso.year, iso.week, iso.weekday, gc.is_tracked(iso))
year, week, weekday = datetime.datetime(2021, 1, 3, 5, 30).isocalendar()
print(year, week, weekday)
print([datetime.date(2020 + k, 12, 31).isocalendar()[1] for k in range(6)])
print(sorted([datetime.date(2024, 1, 1).isocalendar(), datetime.date(2023, 12, 31).isocalendar()]))
print(hash(iso) == hash((2024, 11, 5)), max(iso), list(iso), str(iso), f"{iso}", hasattr(iso, "_fields"))
gc.collect()
d.isocalendar()
print(gc.get_count())
kept = d.isocalendar()
print(gc.get_count())
for attempt in ("week", "nope"):
    try:
        setattr(iso, attempt, 3)
    except AttributeError as e:
        print(e)
try:
    iso._asdict()
except AttributeError as e:
    print(e)
try:
    sys.version_info.major = 4
except AttributeError as e:
    print(e)
print(sys.version_info[:2], hasattr(sys.version_info, "_fields"), hasattr(sys.version_info, "_asdict"))
weeks = {}
start = datetime.date(2024, 12, 23)
for n in range(14):
    day = start + datetime.timedelta(days=n)
    weeks.setdefault(day.isocalendar().week, []).append(day.strftime("%a %d"))
for w, days in weeks.items():
    print(f"week {w:>2}: {', '.join(days)}")
