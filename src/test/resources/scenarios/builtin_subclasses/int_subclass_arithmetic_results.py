# What operations on an int subclass return: plain ints, unless the class says otherwise.
class Count(int):
    pass


c = Count(7)
results = [c + 1, 1 + c, c - 2, c * 3, c // 2, c % 4, c ** 2, -c, +c, abs(c), c & 3, c | 8, c << 1, ~c]
print(results)
print({type(r).__name__ for r in results})
print(divmod(c, 2), c / 2, type(c / 2).__name__)
c += 1
print(c, type(c).__name__)
print(range(Count(3)), list(range(Count(3))), "ab" * Count(2), [0, 1, 2, 3][Count(1)])
print(int(Count(12)), type(int(Count(12))).__name__, bool(Count(0)), bool(Count(5)))
print(str(Count(42)), repr(Count(42)), f"{Count(42):>5}|", "%d" % Count(9), bin(Count(5)), oct(Count(8)))
