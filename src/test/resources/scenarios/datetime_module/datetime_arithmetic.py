from datetime import datetime, timedelta

start = datetime(2024, 12, 31, 22, 15)
end = start + timedelta(hours=3, minutes=50)
print(end, end - start, (end - start).total_seconds())
print(start - timedelta(days=365), end > start, sorted([end, start])[0])
print(datetime(2024, 3, 1) - datetime(2024, 2, 1))
try:
    print(start < start.date())
except TypeError as e:
    print(e)
print(start == start.date())
