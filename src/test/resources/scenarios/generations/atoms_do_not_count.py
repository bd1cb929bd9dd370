# Strings, ints and floats (even big ones) are not tracked: only the tuple a returned by get_count adds to the count.
import gc
x = "a"
y = 1.5
gc.collect()
a = gc.get_count()
s = x * 40
f = y * 3
n = 1000000000000000000000000000000 + f
b = gc.get_count()
print(a, b)
