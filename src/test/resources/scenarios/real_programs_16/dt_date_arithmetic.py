# Date arithmetic with datetime: ages, days until, weekdays, adding months by hand, durations.
from datetime import date, datetime, timedelta

today = date(2024, 3, 15)
birthdays = {"Ada": date(1990, 12, 10), "Linus": date(1969, 12, 28), "Grace": date(2000, 2, 29)}


def age(born, on):
    years = on.year - born.year
    if (on.month, on.day) < (born.month, born.day):
        years -= 1
    return years


def next_birthday(born, on):
    year = on.year
    while True:
        try:
            nb = born.replace(year=year)
        except ValueError:
            nb = date(year, 3, 1)
        if nb >= on:
            return nb
        year += 1


for name, born in sorted(birthdays.items(), key=lambda kv: kv[1]):
    nb = next_birthday(born, today)
    print(f"{name:<6} {born.isoformat()} age {age(born, today):>2}  next {nb:%a %d %b %Y} in {(nb - today).days:>3} days")


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    dim = [31, 29 if y % 4 == 0 and (y % 100 or y % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return date(y, m, min(d.day, dim[m - 1]))


start = date(2024, 1, 31)
print([add_months(start, k).isoformat() for k in range(5)])
meeting = datetime(2024, 3, 15, 9, 30)
slots = [meeting + timedelta(minutes=45 * i) for i in range(4)]
print([s.strftime("%H:%M") for s in slots])
d = timedelta(days=3, hours=26, minutes=90)
print(d, d.days, d.seconds, d.total_seconds(), d // timedelta(hours=1))
print(today.weekday(), today.isoweekday(), today.isocalendar()[1], today.toordinal() - date(2024, 1, 1).toordinal() + 1)
print(date.fromisoformat("2024-12-25") - today, datetime(2024, 3, 10, 23, 59) < meeting)
print(sorted(birthdays.values())[0], max(birthdays, key=birthdays.get))
print(f"{meeting:%Y/%m/%d %I:%M %p}", meeting.isoformat(), repr(today + timedelta(weeks=2)))
