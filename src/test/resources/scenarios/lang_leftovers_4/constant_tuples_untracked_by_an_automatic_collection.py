# The automatic collection of generation 0 that 2000 new lists start untracks the constant tuples;
# a function's constant tuple, made before the first line, is untracked with them.
import gc
pairs = ((1, 2), (3, 4))
print(gc.is_tracked(pairs), gc.get_count()[0] > 0)
junk = []
for i in range(2000):
    junk.append([i])
print(gc.is_tracked(pairs), gc.is_tracked(pairs[0]))
def f():
    return ("a", "b")
print(gc.is_tracked(f()))
