from datetime import date, timedelta

today = date(2024, 3, 15)

def age_on(birth, on):
    years = on.year - birth.year
    if (on.month, on.day) < (birth.month, birth.day):
        years -= 1
    return years

people = {"Ada": date(1990, 12, 10), "Bo": date(2000, 3, 15), "Cy": date(2004, 2, 29)}
for name, born in sorted(people.items(), key=lambda kv: kv[1]):
    nxt = born.replace(year=today.year) if not (born.month == 2 and born.day == 29) else date(today.year, 3, 1)
    if nxt < today:
        nxt = nxt.replace(year=today.year + 1)
    print(f"{name:4} born {born.isoformat()} ({born:%A}) age {age_on(born, today):>2}, next birthday in {(nxt - today).days} days")
deadline = today + timedelta(weeks=2, days=3)
print(deadline, deadline.strftime("%d %b %Y"), deadline.weekday())
print((date(2024, 12, 25) - today).days, "days to go")
