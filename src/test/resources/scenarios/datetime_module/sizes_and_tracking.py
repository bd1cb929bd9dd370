# datetime objects are small C objects without a GC header: never tracked.
import sys, gc
from datetime import date, datetime, timedelta, time

values = [date(2024, 2, 29), datetime(2024, 2, 29, 12, 0), timedelta(days=3), time(7, 45)]
for v in values:
    print(type(v).__name__, sys.getsizeof(v), gc.is_tracked(v))
print(gc.is_tracked(values))
