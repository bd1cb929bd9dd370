import gc
import sys
import copy


gc.collect()
default_row = []
table = dict.fromkeys(["a", "b", "c"], default_row)
table["a"].append(1)
print(table, "shared:", table["a"] is table["c"])
print("refcount default_row:", sys.getrefcount(default_row))
fixed = {k: [] for k in "abc"}
fixed["a"].append(1)
print(fixed)
shallow = copy.copy(fixed)
deep = copy.deepcopy(fixed)
fixed["b"].append(2)
print("shallow sees change:", shallow["b"], "deep does not:", deep["b"])
grid = [[0] * 3] * 2
grid[0][0] = 9
print("aliased rows:", grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 9
print("separate rows:", grid)
print("count:", gc.get_count())
