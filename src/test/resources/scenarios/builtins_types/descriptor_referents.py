# a method descriptor refers to its type (__objclass__)
import gc
print(gc.get_referents(str.upper))
print(gc.get_referents(list.append))
print(gc.get_referents(int.__add__))
