class A:
    pass


tries = [
    lambda: type("X", (), {}, 1),
    lambda: type("X", ()),
    lambda: type(1, (), {}),
    lambda: type("X", [A], {}),
    lambda: type("X", (A,), []),
    lambda: type("X", (A, A), {}),
    lambda: type("X", (1,), {}),
]
for t in tries:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
print(type("Ok", (A,), {}).__bases__)
