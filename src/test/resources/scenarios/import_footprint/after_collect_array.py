# from array import array right after gc.collect()
import gc

gc.collect()
from array import array
print(gc.get_count())
a = array("i", range(10))
print(a[3], gc.get_count(), gc.collect())
