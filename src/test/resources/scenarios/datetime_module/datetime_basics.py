from datetime import datetime, date, time

t = datetime(2024, 5, 17, 8, 30)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond)
print(t.date(), t.time(), repr(t.time()), t.isoformat(), t.isoformat(" "))
print(datetime.combine(date(2024, 5, 17), time(18, 0)))
print(datetime.fromisoformat("2024-05-17T08:30:15"), datetime.fromisoformat("2024-05-17"))
print(repr(datetime(2024, 5, 17, 8, 30, 1, 5)), datetime(2024, 5, 17, 8, 30, 1, 5))
print(isinstance(t, date), isinstance(date(2024, 1, 1), datetime), type(t))
