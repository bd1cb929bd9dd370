# Making many dates allocates nothing the collector counts but the list.
import gc
from datetime import date, timedelta

gc.collect()
days = [date(2024, 1, 1) + timedelta(days=n) for n in range(200)]
print(gc.get_count())
print(len(days), days[-1])
print(gc.collect())
d = date(2024, 1, 1)
print(gc.get_count())
