# title: A list that contains itself
import gc
import sys
me = []
me.append(me)
print(sys.getrefcount(me))
del me
print(gc.collect())
