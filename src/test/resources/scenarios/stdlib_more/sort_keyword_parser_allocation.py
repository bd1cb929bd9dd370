# the first list.sort or sorted call with a keyword (key= or reverse=) makes the method's keyword-name tuple once (Argument Clinic's parser), so gc counts rise by one more that first time only
import gc
from operator import itemgetter

records = [("x", 3), ("y", 1), ("z", 2)]
gc.collect()
a = gc.get_count(); plain = sorted(records); b = gc.get_count()
c = gc.get_count(); by_num = sorted(records, key=itemgetter(1)); d = gc.get_count()
e = gc.get_count(); again = sorted(records, reverse=True); f = gc.get_count()
g = gc.get_count(); records.sort(key=itemgetter(0), reverse=True); h = gc.get_count()
print(a, b, c, d, e, f, g, h)
print(by_num, again, records)
