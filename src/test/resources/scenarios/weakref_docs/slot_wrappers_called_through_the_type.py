# weakref.ref's comparison slots called through the type, with the reference first, as an old
# recipe spells them; a subclass reaches the same slots. Wrong first arguments are CPython's errors.
import gc
import weakref


class Point:
    def __init__(self, x):
        self.x = x


class TaggedRef(weakref.ref):
    pass


p, q = Point(1), Point(2)
plain = weakref.ref(p)
tagged = TaggedRef(p)
other = weakref.ref(q)
gc.collect()
print(weakref.ref.__eq__(plain, tagged), weakref.ref.__ne__(plain, tagged))
print(weakref.ref.__eq__(plain, other), weakref.ref.__ne__(plain, other))
print(gc.get_count())
print(TaggedRef.__eq__(tagged, plain), weakref.ref.__eq__(plain, 5))
for attempt in (lambda: weakref.ref.__eq__(5, plain), lambda: weakref.ref.__eq__(), lambda: weakref.ref.__ne__(plain)):
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
del p
print(weakref.ref.__eq__(plain, tagged), weakref.ref.__eq__(plain, plain))
