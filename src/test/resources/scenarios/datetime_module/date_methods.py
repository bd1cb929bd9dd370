from datetime import date

d = date(2024, 3, 15)
print(d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isoformat(), d.toordinal())
print(date.fromordinal(d.toordinal() + 100), date.fromisoformat("2024-02-29"), d.replace(day=1), d.replace(year=2025, month=1))
print(repr(d), str(d), d)
try:
    d.replace(month=2, day=30)
except ValueError as e:
    print(e)
try:
    date.fromisoformat("2024-3-5")
except ValueError as e:
    print(e)
