# Build a week of dates and group lessons by weekday name.
from datetime import date, timedelta

monday = date(2024, 9, 2)
week = [monday + timedelta(days=i) for i in range(7)]
names = {d.strftime("%A"): d for d in week}
print(list(names))
print(names["Friday"], names["Sunday"].isoweekday())
print([d.day for d in week if d.weekday() < 5])
