import gc

# test_gc: test_is_tracked
assert not gc.is_tracked(None)
assert not gc.is_tracked(1)
assert not gc.is_tracked(1.0)
assert not gc.is_tracked(1.0 + 5.0j)
assert not gc.is_tracked(True)
assert not gc.is_tracked(False)
assert not gc.is_tracked(b"a")
assert not gc.is_tracked("a")
assert not gc.is_tracked(bytearray(b"a"))
assert not gc.is_tracked(type)
assert not gc.is_tracked(int)
assert not gc.is_tracked(object)
assert not gc.is_tracked(object())
print("atomic objects: untracked")

class UserClass:
    pass

class UserInt(int):
    pass

class UserClassSlots:
    __slots__ = ()

class UserFloatSlots(float):
    __slots__ = ()

class UserIntSlots(int):
    __slots__ = ()

assert gc.is_tracked(gc)
assert gc.is_tracked(UserClass)
assert gc.is_tracked(UserClass())
assert gc.is_tracked(UserInt())
assert gc.is_tracked([])
assert gc.is_tracked(set())
assert gc.is_tracked(UserClassSlots())
assert gc.is_tracked(UserFloatSlots())
assert gc.is_tracked(UserIntSlots())
print("containers and user classes: tracked")
for v in ([], {}, set(), frozenset(), (), ([],), UserIntSlots(5)):
    print(type(v).__name__, gc.is_tracked(v))
