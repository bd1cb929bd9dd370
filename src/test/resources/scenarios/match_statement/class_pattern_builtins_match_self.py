# int(x), str(s), list(l)... bind the subject itself; bool is an int; a subclass of list matches itself too.
class Stack(list):
    pass
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n):
            return f"int {n}"
        case float(f) | str(f):
            return f"float or str {f!r}"
        case Stack(s):
            return f"Stack {s}"
        case list(items) | tuple(items):
            return f"items {items}"
        case dict(d):
            return f"dict {d}"
        case set() | frozenset():
            return "a set"
        case bytes(b):
            return f"bytes {b}"
    return "none"
for v in [True, 7, 1.5, "s", Stack([1]), [1, 2], (3,), {"k": 0}, {1}, frozenset(), b"x", None]:
    print(kind(v))
