# Arithmetic on durations.
from datetime import timedelta

work = timedelta(hours=7, minutes=30)
print(work * 5, 5 * work, work / 2, work // 4, work * 1.5, work / 1.5)
print(work / timedelta(minutes=45), work // timedelta(minutes=45), work % timedelta(minutes=45))
print(divmod(work, timedelta(hours=2)))
print(-work, abs(-work), +work)
print(work.total_seconds(), timedelta(microseconds=1).total_seconds())
print(work > timedelta(hours=7), work == timedelta(minutes=450), bool(timedelta(0)))
print(hash(work) == hash(timedelta(minutes=450)))
