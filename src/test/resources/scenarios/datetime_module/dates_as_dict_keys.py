# Dates as dict keys: equal dates find the same entry.
from datetime import date

events = {date(2024, 12, 25): "Christmas", date(2024, 1, 1): "New Year"}
events[date(2024, 10, 31)] = "Halloween"
print(events[date(2024, 12, 25)])
print(date(2024, 1, 1) in events, date(2024, 2, 2) in events)
for d, name in events.items():
    print(d, name)
counts = {}
for d in [date(2024, 5, 1), date(2024, 5, 1), date(2024, 5, 2)]:
    counts[d] = counts.get(d, 0) + 1
print(counts)
