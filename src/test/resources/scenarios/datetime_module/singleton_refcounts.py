# The class constants are held by their type's dict.
import sys
from datetime import date, datetime, timedelta

print(sys.getrefcount(timedelta.max), sys.getrefcount(date.min), sys.getrefcount(datetime.max))
big = timedelta.max
print(sys.getrefcount(timedelta.max))
print(timedelta.max is timedelta.max, big)
print(date.min, date.max, timedelta.min, timedelta.resolution, date.resolution)
del big
print(sys.getrefcount(timedelta.max))
