python_devs = {"ann", "bob", "cy", "dee"}
java_devs = {"bob", "eve", "dee", "fay"}
print(sorted(python_devs & java_devs), sorted(python_devs | java_devs))
print(sorted(python_devs - java_devs), sorted(python_devs ^ java_devs))
print({"bob"} <= python_devs, python_devs.isdisjoint({"zed"}), python_devs > {"ann"})
s = set()
s.add(3)
s.update([1, 2], (5,))
s.discard(99)
s.remove(5)
print(sorted(s), len(s), 2 in s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
fs = frozenset("hello")
print(sorted(fs), len(fs), fs == frozenset("olleh"))
groups = {frozenset({1, 2}): "pair", frozenset(): "empty"}
print(groups[frozenset({2, 1})], len(groups))
nums = [3, 1, 3, 2, 1, 5]
seen = set()
unique_in_order = [n for n in nums if not (n in seen or seen.add(n))]
print(unique_in_order, sorted(set(nums)), list(dict.fromkeys(nums)))
evens = {n for n in range(20) if n % 2 == 0}
threes = set(range(0, 20, 3))
print(sorted(evens & threes), max(evens - threes), sum(evens | threes))
