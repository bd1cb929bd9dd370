# operator functions are the operators: same results, same objects, same errors
import operator, functools, sys
nums = [3, 1, 4, 1, 5]
print(functools.reduce(operator.add, nums), functools.reduce(operator.mul, nums, 1), list(map(operator.neg, nums)))
print(operator.sub(10, 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 10))
print(operator.and_(12, 10), operator.or_(12, 3), operator.xor(6, 3), operator.lshift(1, 8), operator.rshift(256, 4), operator.invert(5))
print(operator.lt(1, 2), operator.ge("b", "a"), operator.eq([1], [1]), operator.ne(1, 1.0), operator.not_([]), operator.truth("x"))
words = ["a", "b"]
joined = operator.concat(words, ["c"])
print(joined, joined is words, sys.getsizeof(joined), operator.contains(words, "b"), operator.getitem(words, -1))
print(operator.is_(None, None), operator.is_not(words, joined), operator.abs(-2.5), operator.pos(-3))
merged = functools.reduce(operator.or_, [{1}, {2}, {1, 3}])
print(merged, sys.getrefcount(merged))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + other.cents)
    def __lt__(self, other):
        return self.cents < other.cents
total = functools.reduce(operator.add, [Money(150), Money(275), Money(5)])
print(total.cents, operator.lt(Money(1), Money(2)), sys.getrefcount(total))
for bad in [lambda: operator.add(1), lambda: operator.neg(1, 2), lambda: operator.concat(1, 2), lambda: operator.add(1, "a")]:
    try:
        bad()
    except TypeError as e:
        print(e)
