# timezone.utc is one object CPython holds in several places; each aware datetime adds a reference.
import sys
from datetime import datetime, timedelta, timezone

utc = timezone.utc
print(sys.getrefcount(utc), utc, repr(utc), timezone(timedelta(0)) is utc)
stamps = [datetime(2024, 1, d, tzinfo=utc) for d in range(1, 6)]
print(sys.getrefcount(utc))
del stamps
print(sys.getrefcount(utc), sys.getsizeof(utc))
