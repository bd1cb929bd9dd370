# StatisticsError is a ValueError with a message naming what was missing.
import statistics

tests = [(statistics.mean, []), (statistics.fmean, []), (statistics.median, []), (statistics.mode, []),
         (statistics.variance, [5]), (statistics.stdev, [5]), (statistics.pvariance, []), (statistics.pstdev, []),
         (statistics.quantiles, [1])]
for f, data in tests:
    try:
        f(data)
    except statistics.StatisticsError as e:
        print(f.__name__, "->", e)
print(issubclass(statistics.StatisticsError, ValueError))
try:
    statistics.mean(["1", "2"])
except TypeError as e:
    print("TypeError:", e)
try:
    statistics.quantiles([1, 2, 3], n=0)
except ValueError as e:
    print(type(e).__name__, e)
