# import datetime right after gc.collect(): Lib/datetime.py defines its classes in Python, then
# replaces them with _datetime's; the 290 objects it drops are garbage for the next collection
import gc

gc.collect()
import datetime
print(gc.get_count())
print(gc.collect(), gc.get_count())
print(datetime.date(2024, 2, 29) + datetime.timedelta(days=1))
