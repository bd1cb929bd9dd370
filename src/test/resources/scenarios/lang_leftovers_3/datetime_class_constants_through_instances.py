# A scheduler clamps values with the bounds read through a value it was given
# (a date, datetime, time or timedelta): the class's min, max and resolution
# are reachable from an instance, and each read is the class's own object.
import datetime
import sys


def bounds(value):
    return value.min, value.max, value.resolution


for value in [datetime.date(2024, 5, 17), datetime.datetime(2024, 5, 17, 9, 30),
              datetime.time(9, 30), datetime.timedelta(hours=2)]:
    low, high, step = bounds(value)
    print(type(value).__name__, low, high, step, low is type(value).min)
span = datetime.timedelta(days=3)
print(span.max - span, sys.getrefcount(span.resolution) - sys.getrefcount(datetime.timedelta.resolution))
