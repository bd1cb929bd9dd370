# descriptors and bound builtins are gc containers
import gc
print(gc.is_tracked(str.upper), gc.is_tracked(int.__add__))
print(gc.is_tracked(dict.fromkeys), gc.is_tracked([].__len__))
