# Classes over list, dict and set: the MRO has one more entry; set's instances take weak
# references already, so no __weakref__ descriptor; set has no subclass at start-up.
import gc

gc.collect()
before = gc.get_count()[0]


class Stack(list):
    pass


print("list:", gc.get_count()[0] - before)
before = gc.get_count()[0]


class Registry(dict):
    pass


print("dict:", gc.get_count()[0] - before)
before = gc.get_count()[0]


class Tags(set):
    pass


print("set:", gc.get_count()[0] - before)
before = gc.get_count()[0]


class MoreTags(set):
    pass


print("set again:", gc.get_count()[0] - before)
print(Stack.__mro__, gc.collect())
