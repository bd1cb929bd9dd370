import sys

# The AST optimizer folds literal * int, literal + literal, << | & ^ ~ on literals into one
# constant of the code: equal results are one object, held by the code (two references).
banner = "- " * 20
again = "- " * 20
print(banner is again, sys.getrefcount(banner))
pair = (1, 2) * 3
same_pair = (1, 2, 1, 2, 1, 2)
print(pair, pair is same_pair, sys.getrefcount(pair))
nested = ((1.5, "a b"),) * 2
print(nested, sys.getrefcount(nested), sys.getrefcount(nested[0]))
mask = 0xFF00 | 0x00FF
big = 1 << 100
print(mask, sys.getrefcount(mask), big, sys.getrefcount(big))
print(sys.getrefcount(~1000), sys.getrefcount(5000 & 4095), sys.getrefcount(70000 ^ 1))
data = b"ab " * 3
print(data, sys.getrefcount(data))
wide = "a b" * 1365
print(len(wide), sys.getrefcount(wide))
too_long = "a b" * 1366
print(len(too_long), sys.getrefcount(too_long))
huge = 1 << 200
print(sys.getrefcount(huge))
joined = "x y" * 3 + "z w" * 2
print(joined, sys.getrefcount(joined))
many = (0,) * 300
print(len(many), sys.getrefcount(many))
print("" * -1 == "", (1,) * 0, -17 >> 2, 1 >> 100)

def f():
    return "a-b" * 2

print(f() is f(), sys.getrefcount(f()))
n = 10 ** 6
same = +n
print(same is n, sys.getrefcount(n))
print(+True, type(+True).__name__)
