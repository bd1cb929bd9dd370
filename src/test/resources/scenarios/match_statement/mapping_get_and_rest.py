# Mapping patterns look keys up with get (a defaultdict's factory is never called); **rest is a new dict without the matched keys.
import sys
from collections import defaultdict
dd = defaultdict(list)
dd["a"] = 1
match dd:
    case {"b": b}:
        print("has b")
    case {"a": a, **rest}:
        print("a", a, "rest", rest, type(rest).__name__)
print(dict(dd))
config = {"host": "x", "port": 80, "debug": True}
match config:
    case {"host": host, "port": port, **others}:
        print(host, port, others, sys.getsizeof(others), sys.getrefcount(others))
match {}:
    case {**empty}:
        print("empty rest", empty, sys.getsizeof(empty))
match {"a": 1}:
    case {}:
        print("{} matches any mapping")
