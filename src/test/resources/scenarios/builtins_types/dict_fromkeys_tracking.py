# dict.fromkeys with atom values stays untracked; a list value makes it tracked
import gc
print(gc.is_tracked(dict.fromkeys([1, 2])))
print(gc.is_tracked(dict.fromkeys([1, 2], [])))
