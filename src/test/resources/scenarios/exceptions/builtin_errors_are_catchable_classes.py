# Errors the interpreter raises are instances of the builtin classes, with CPython's args and messages.
cases = [
    lambda: 1 / 0,
    lambda: [][3],
    lambda: {}["key"],
    lambda: int("x1"),
    lambda: undefined_name,
    lambda: None.attr,
    lambda: "a" + 1,
    lambda: next(iter([])),
    lambda: [1, 2].index(5),
    lambda: {1}.remove(2),
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__, "|", e, "|", e.args, "|", repr(e))
