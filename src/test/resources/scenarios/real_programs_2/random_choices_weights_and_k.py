import random, sys
random.seed(5)
print(random.choices(["a", "b", "c"], weights=[5, 1, 1], k=10))
print(random.choices(range(10), k=3))
print(random.choices("xyz"))
print(random.choices([1, 2, 3], [0.5, 0.25, 0.25], k=6))
print(random.choices(["h", "t"], cum_weights=[1, 2], k=5))
r = random.choices(range(100), k=17)
print(r, sys.getsizeof(r))
for bad in [lambda: random.choices([1, 2], 3), lambda: random.choices([1], weights=[1, 2]), lambda: random.choices([1], weights=[0]), lambda: random.choices([1], weights=[1], cum_weights=[1])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
random.seed("abc")
print(random.choices([True, False], weights=[True, 2], k=4), random.random())
