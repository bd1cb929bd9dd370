# A study schedule: sessions every 90 minutes from 9:00.
from datetime import datetime, timedelta

start = datetime(2024, 3, 4, 9, 0)
step = timedelta(minutes=90)
for i in range(5):
    slot = start + i * step
    print(f"Session {i + 1}: {slot:%H:%M} ({slot:%a})")
print(start + 5 * step - start)
