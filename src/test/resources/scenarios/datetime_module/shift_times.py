# A rota read from text: shift starts and ends as ISO times, lengths in minutes, times written back out.
from datetime import datetime, time, timedelta

rota = """ana 08:00 12:30
ben 0915 1745
cho 13:00:00 21:15:30
dev 22:00 06:00"""


def minutes_between(start: time, end: time) -> int:
    day = datetime(2024, 1, 1)
    a = datetime.combine(day, start)
    b = datetime.combine(day, end)
    if b <= a:
        b += timedelta(days=1)
    return (b - a) // timedelta(minutes=1)


total = 0
for line in rota.splitlines():
    name, first, last = line.split()
    start, end = time.fromisoformat(first), time.fromisoformat(last)
    length = minutes_between(start, end)
    total += length
    print(f"{name:<4} {start.isoformat('minutes')}-{end.isoformat(timespec='minutes')} "
          f"{length // 60}h{length % 60:02d} {end.isoformat()} {start.utcoffset()}")
print("total hours:", total / 60)
meeting = datetime(2024, 5, 6, 14, 30, 15, 250000)
for spec in ("hours", "minutes", "seconds", "milliseconds", "microseconds", "auto"):
    print(f"{spec:>12}: {meeting.isoformat(' ', spec)}")
for bad in ("24:00", "7:30", "12:3o"):
    try:
        time.fromisoformat(bad)
    except ValueError as e:
        print("bad:", e)
