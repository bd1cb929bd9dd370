import functools

@functools.lru_cache(maxsize=None)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print([fib(n) for n in range(16)])
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@functools.lru_cache(maxsize=2)
def square(x):
    print(f"  computing {x}")
    return x * x

for v in [2, 3, 2, 4, 3]:
    square(v)
print(square.cache_info())

basetwo = functools.partial(int, base=2)
basetwo.__doc__ = "Convert base 2 string to an int."
print(basetwo("10010"), basetwo.func is int, basetwo.args, basetwo.keywords)
print(functools.reduce(lambda x, y: x + y, [1, 2, 3, 4, 5]))
print(functools.reduce(lambda acc, s: acc + len(s), ["ab", "cde"], 100))

@functools.total_ordering
class Student:
    def __init__(self, last, first):
        self.last, self.first = last, first
    def __eq__(self, other):
        return (self.last.lower(), self.first.lower()) == (other.last.lower(), other.first.lower())
    def __lt__(self, other):
        return (self.last.lower(), self.first.lower()) < (other.last.lower(), other.first.lower())

a, b = Student("Smith", "Ann"), Student("jones", "Bob")
print(a > b, a <= b, a >= b, sorted([a, b])[0].last)

def compare_len(x, y):
    return len(x) - len(y)
print(sorted(["ccc", "a", "bb"], key=functools.cmp_to_key(compare_len)))

class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print("  computing area")
        return 3.14159 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in vars(c))
