# gc.get_objects(generation) lists what sits in one generation; a
# collection of a generation moves survivors to the next.
import gc


class Tracked:
    pass


def count(gen):
    return sum(1 for o in gc.get_objects(gen) if isinstance(o, Tracked))


gc.collect()
items = [Tracked() for _ in range(5)]
print("young:", count(0), "middle:", count(1), "old:", count(2))
gc.collect(0)
print("after collect(0):", count(0), count(1), count(2))
more = [Tracked() for _ in range(3)]
gc.collect(1)
print("after collect(1):", count(0), count(1), count(2))
gc.collect()
print("after full collect:", count(0), count(1), count(2))
try:
    gc.get_objects(3)
except ValueError as e:
    print("ValueError:", e)
