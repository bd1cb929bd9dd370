# fsum against sum: exact partials, round-half-even, special values and overflow.
import math

data = [0.1] * 10
print(sum(data), math.fsum(data))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1.0, 1e16]), sum([1e-16, 1.0, 1e16]))
print(math.fsum([]), math.fsum(range(10)), math.fsum(x / 7 for x in range(1, 50)))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1.0]))
vals = [(-1) ** k / (2 * k + 1) for k in range(2000)]
print(repr(4 * sum(vals)), repr(4 * math.fsum(vals)))
print(math.fsum([float("inf"), 1.0]), math.fsum([float("nan"), 1.0]), math.fsum([float("-inf"), -5.0]))
for bad in [[1e308, 1e308], [float("inf"), float("-inf")], [1, "2"], 5]:
    try:
        print(math.fsum(bad))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
prices = [19.99, 5.01, 0.1, 0.2, 0.3, 100.0, 3.33, 3.33, 3.34]
print(sum(prices), math.fsum(prices), round(math.fsum(prices), 2))
