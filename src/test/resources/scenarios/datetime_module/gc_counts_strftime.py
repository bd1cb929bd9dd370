# strftime goes through time.strftime and a struct_time: helper objects come and go.
import gc
from datetime import date

d = date(2024, 2, 1)
gc.collect()
s = d.strftime("%d/%m/%Y")
print(gc.get_count())
s = d.strftime("%d/%m/%Y")
print(gc.get_count(), s)
gc.collect()
f = f"{d:%B}"
print(gc.get_count(), f)
