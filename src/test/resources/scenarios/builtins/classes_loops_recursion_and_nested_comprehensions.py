# Class attributes, bound methods, inheritance lookups, string methods, loop else, recursion, nested comprehensions.
import sys
class Counter:
    count = 0
    items = []
    def __init__(self, start):
        self.value = start
        Counter.count += 1
        Counter.items.append(self)
    def bump(self, by=1):
        self.value += by
        return self
    def get(self):
        return self.value
c = Counter(10)
c.bump().bump(5)
print(c.get(), Counter.count, len(Counter.items), sys.getrefcount(c))
m = c.bump
print(sys.getrefcount(c))
m(2)
print(c.value)
del m
print(sys.getrefcount(c))
class Base:
    kind = "base"
    def describe(self):
        return "I am " + self.kind
class Child(Base):
    kind = "child"
b = Child()
print(b.describe(), isinstance(b, Base), isinstance(b, Child), Child.kind, Base.kind)
print(type(b) is Child, type(b) == Base)
s = "abc"
words = ["x", "y"]
print(", ".join(words), s.upper(), "a-b".split("-"), "  hi ".strip())
total = 0
for n in [1, 2, 3]:
    if n == 2:
        continue
    total += n
else:
    print("loop done", total)
while True:
    total -= 1
    if total < 0:
        break
print(total)
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
print(fact(20), fact(30))
def outer_g():
    global gv
    gv = [1]
outer_g()
print(gv, sys.getrefcount(gv))
x = y = z = [0]
print(sys.getrefcount(x))
p, (q, r) = 1, (2, 3)
print(p, q, r)
matrix = [[i * j for j in range(3)] for i in range(3)]
print(matrix, [v for row in matrix for v in row if v % 2 == 0])
