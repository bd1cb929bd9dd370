from enum import Enum

class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 3

print(len(Weekday))
for day in Weekday:
    print(day, day.value)
print(list(Weekday))
print([d.name for d in Weekday])
print(sorted(Weekday, key=lambda d: -d.value))
