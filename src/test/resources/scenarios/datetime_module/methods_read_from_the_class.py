# Methods read from the class take the instance first: handy as sort keys and in map().
from datetime import date, datetime, timedelta

dates = [date(2024, 5, 2), date(2023, 1, 9), date(2024, 1, 30)]
print(list(map(date.isoformat, sorted(dates, key=date.toordinal))))
print(date.weekday(dates[0]), datetime.isoformat(datetime(2024, 5, 2, 7, 0)), timedelta.total_seconds(timedelta(minutes=3)))
print(date.strftime, datetime.isoformat)
try:
    date.isoformat(timedelta(1))
except TypeError as e:
    print(e)
