# Tuples are created tracked; a collection untracks those that hold only
# atoms, since they can never be part of a cycle.
import gc

made = tuple([1, 2, 3])
words = tuple("abc")
nested = tuple([[], 1])
inner = tuple([(1, 2), 3])
print("before collect:", gc.is_tracked(made), gc.is_tracked(words), gc.is_tracked(nested), gc.is_tracked(inner))
gc.collect()
print("after collect:", gc.is_tracked(made), gc.is_tracked(words), gc.is_tracked(nested), gc.is_tracked(inner))
literal = (1, 2)
print("constant tuple:", gc.is_tracked(literal))
empty = tuple()
print("empty tuple:", gc.is_tracked(empty))
d = dict(a=1)
print("dict of atoms:", gc.is_tracked(d))
d["b"] = (1, 2)
print("dict with a constant tuple:", gc.is_tracked(d))
d["c"] = tuple([4])
print("dict with a made tuple:", gc.is_tracked(d))
