# Odds and ends of the library a textbook chapter tours: Counter update/subtract/total, OrderedDict
# moves, seeded random calls, KW_ONLY dataclass fields, math helpers, operator and functools bits.
from collections import Counter, OrderedDict, defaultdict, deque
from dataclasses import dataclass, field, KW_ONLY
import random, math, string, itertools, functools, operator
c = Counter("hello world")
c.update("lol")
c.subtract({"l": 2})
print(c.most_common(), c.total(), sorted(c.elements())[:5])
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("d", last=False)
print(list(od), od.popitem(last=False))
random.seed(3)
print(random.randrange(0, 100, 5), random.getrandbits(8), random.random())
print("abc".isprintable(), "a\tb".isprintable(), "banana".rindex("a"), [1, 2, 1, 2].index(1, 1))
@dataclass
class Cfg:
    name: str
    _: KW_ONLY
    debug: bool = False
    tags: list = field(default_factory=list)
print(Cfg("x", debug=True), Cfg("y"))
print(math.isqrt(10**20), math.gcd(), math.lcm(), math.nextafter(1.0, 2.0), math.ulp(1.0), math.remainder(7, 3))
dd = defaultdict(lambda: "?")
print(dd["x"], dict(dd))
print(list(itertools.batched(range(5), 2)) if hasattr(itertools, "batched") else "no batched")
print(functools.reduce(operator.add, ["a", "b", "c"], ">"), operator.itemgetter(0, 2)("xyz"))
print(deque("abc", 2), sorted({3: "c", 1: "a"}.items()), str.maketrans("ab", "xy"))
print(sum([[1], [2, 3]], []), sorted("bBaA", key=str.casefold), "x".join(reversed("abc")))
print(divmod(7.5, 2), 7.5 // 2, -7.5 % 2, int(-7.9), int("  -42  "), float(" 1e3 "), round(7.45, 1))
