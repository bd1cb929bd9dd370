# CPython's compiler warns for `is` / `is not` against a literal before anything runs.
print("first line of output")
x = "a"
print(x is "a", x is not b"a", x is 1, x is 1.5, x is (1, 2), x is (), x is 1j, x is -1, "a" is x)
print(x is None, x is True, x is ..., x is (x, 1), x is [1], x is (not 1), x is 2 ** 200)
print(x is ("a",), x is f"a", x is -1.5, x is 5 + 1, x is "ab"[0], x is ((),), x is (1, None), x is ~1)
print(x is None is 1, 1 is x is 2, x == 1 is x, x is 1 < 2, x is f"{x}", x is "a" "b")


def f(y, d=x is 7):
    return y is 10


class C:
    k = x is 4


u = lambda: x is 5
if (x == 2 or
        x is 1):
    pass
while (x is not
       "b"):
    break
z = [v for v in (1, 2, x is 8)
     if v is 1]
assert (x
        is "a")
w = 1 if (x
          is 1) else 2
print(f(3), C.k, u(), z, w)
