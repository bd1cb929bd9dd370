# Importing names from datetime again (already imported) and its constants.
import gc
import datetime
gc.collect()
from datetime import date, timedelta
print(gc.get_count())
print(datetime.MINYEAR, datetime.MAXYEAR, datetime.date(2024, 1, 2), datetime.timedelta(days=2))
print(datetime.date is date, datetime.date, datetime.timedelta)
