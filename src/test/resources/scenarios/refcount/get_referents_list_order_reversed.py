# gc.get_referents of a list reports its items from last to first (list_traverse walks backwards).
import gc
a = [1, 2]
b = [3]
outer = [a, b]
r = gc.get_referents(outer)
print(len(r), r[0] is b, r[1] is a)
