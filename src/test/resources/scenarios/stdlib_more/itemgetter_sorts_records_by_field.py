# itemgetter as sorted()'s key: records sorted by one field and by two; the getter holds its key, the records gain no lasting references
import sys
import gc
from operator import itemgetter

rows = [("carol", 31, "NL"), ("alice", 25, "BE"), ("bob", 31, "BE"), ("dave", 25, "NL")]
first = rows[0]
print("before", sys.getrefcount(first))
by_age = sorted(rows, key=itemgetter(1))
print([r[0] for r in by_age])
print("after sort", sys.getrefcount(first))
by_country_age = sorted(rows, key=itemgetter(2, 1))
print([r[0] for r in by_country_age])
print("two sorted copies", sys.getrefcount(first))
get_name = itemgetter(0)
print(repr(get_name), sys.getsizeof(get_name), gc.is_tracked(get_name))
print(get_name(first), itemgetter(2, 0)(first))
print(max(rows, key=itemgetter(1)), min(rows, key=itemgetter(1)))
rows.sort(key=itemgetter(0), reverse=True)
print([r[0] for r in rows])
