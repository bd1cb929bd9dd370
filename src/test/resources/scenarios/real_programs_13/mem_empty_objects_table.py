import sys

rows = [
    ("object()", object()),
    ("None", None),
    ("int 0", 0),
    ("float", 0.0),
    ("complex", 0j),
    ("str ''", ""),
    ("bytes b''", b""),
    ("bytearray()", bytearray()),
    ("list []", []),
    ("tuple ()", ()),
    ("dict {}", {}),
    ("set()", set()),
    ("frozenset()", frozenset()),
    ("range(0)", range(0)),
]
for label, obj in rows:
    print(f"{label:<14}{sys.getsizeof(obj):>5}")
def f():
    pass
class C:
    pass
print(f"{'function':<14}{sys.getsizeof(f):>5}")
print(f"{'instance':<14}{sys.getsizeof(C()):>5}")
print(f"{'class':<14}{sys.getsizeof(C) > 500!s:>5}")
