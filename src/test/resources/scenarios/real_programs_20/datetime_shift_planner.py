from datetime import date, datetime, time, timedelta

start = datetime(2024, 3, 8, 22, 30)
shifts = [timedelta(hours=8), timedelta(hours=7, minutes=45), timedelta(hours=9, minutes=15)]
print(start.strftime("%A %d %B %Y, %H:%M"), "|", start.isoformat(), "|", start.date(), start.time())
t = start
for n, length in enumerate(shifts, 1):
    end = t + length
    print(f"shift {n}: {t:%a %H:%M} -> {end:%a %H:%M} ({length}, {length.total_seconds() / 3600:.2f} h)")
    t = end + timedelta(hours=1)
total = sum(shifts, timedelta())
print("total:", total, "| days:", total.days, "seconds:", total.seconds, "| as hours:", total / timedelta(hours=1))
print("weeks of 37.5h:", divmod(total, timedelta(hours=37.5)))
birthday = date(1990, 7, 14)
today = date(2024, 3, 8)
age = today.year - birthday.year - ((today.month, today.day) < (birthday.month, birthday.day))
next_bd = birthday.replace(year=today.year)
if next_bd < today:
    next_bd = next_bd.replace(year=today.year + 1)
print("age:", age, "| next birthday in", (next_bd - today).days, "days on a", next_bd.strftime("%A"))
print("weekday/isoweekday:", today.weekday(), today.isoweekday(), today.isocalendar(), today.toordinal())
print("day of year:", today.strftime("%j %U %W %y %b %m"))
print("parsed:", datetime.fromisoformat("2024-03-08 07:05"), date.fromisoformat("2024-12-31"))
fridays = []
d = date(2024, 1, 1)
while d.year == 2024:
    if d.day == 13 and d.weekday() == 4:
        fridays.append(d.strftime("%b"))
    d += timedelta(days=1)
print("friday 13ths in 2024:", fridays)


def add_months(d, n):
    month = d.month - 1 + n
    year = d.year + month // 12
    month = month % 12 + 1
    for day in range(d.day, 27, -1):
        try:
            return d.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    return d.replace(year=year, month=month, day=min(d.day, 28))


print("month ends:", [add_months(date(2024, 1, 31), k).isoformat() for k in range(6)])
meeting = time(9, 30)
print("time:", meeting, meeting.replace(minute=0), meeting.strftime("%I:%M %p"), meeting < time(12))
print("combine:", datetime.combine(today, meeting), datetime(2024, 3, 8) - datetime(2023, 3, 8))
print(repr(timedelta(days=1, seconds=5)), repr(timedelta(minutes=-1)), str(timedelta(minutes=-1)), timedelta(hours=25) // timedelta(days=1))
print(min(date(2024, 1, 5), date(2023, 12, 31)), sorted([time(13), time(9, 5), time(9)]))
