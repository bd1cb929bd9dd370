# Mixing types: which operations Python refuses and how it says so.
pairs = [
    (1, "2"), ("2", 1), ([1], (1,)), ({1}, [1]), (None, 1), (1.5, "x"),
    ({"a": 1}, {"b": 2}), ((1, 2), [3]), (3, None),
]
ops = [
    ("+", lambda a, b: a + b),
    ("-", lambda a, b: a - b),
    ("*", lambda a, b: a * b),
    ("/", lambda a, b: a / b),
    ("<", lambda a, b: a < b),
    ("%", lambda a, b: a % b),
    ("**", lambda a, b: a ** b),
    ("|", lambda a, b: a | b),
]
for a, b in pairs:
    for sym, fn in ops:
        try:
            r = fn(a, b)
            print(f"{a!r} {sym} {b!r} = {r!r}")
        except TypeError as e:
            print(f"{a!r} {sym} {b!r}: {e}")
x = 5
try:
    x += "1"
except TypeError as e:
    print("augmented:", e)
try:
    -"abc"
except TypeError as e:
    print("unary:", e)
try:
    ~1.5
except TypeError as e:
    print("invert:", e)
try:
    print(len(5))
except TypeError as e:
    print("len:", e)
try:
    "abc"[1] = "z"
except TypeError as e:
    print("item:", e)
try:
    (1, 2).append(3)
except AttributeError as e:
    print("attr:", e)
try:
    for ch in 42:
        pass
except TypeError as e:
    print("iter:", e)
try:
    hash([1, 2])
except TypeError as e:
    print("hash:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("key:", e)
try:
    None()
except TypeError as e:
    print("call:", e)
try:
    "%d items" % "three"
except TypeError as e:
    print("format:", e)
try:
    "-".join([1, 2, 3])
except TypeError as e:
    print("join:", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("sum:", e)
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("sorted:", e)
