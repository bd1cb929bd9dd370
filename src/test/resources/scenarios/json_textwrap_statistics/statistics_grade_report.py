# Grade statistics for a class: central values and spread.
import statistics

grades = [88, 92, 79, 93, 85, 100, 67, 88, 91, 74]
print("mean", statistics.mean(grades))
print("median", statistics.median(grades))
print("mode", statistics.mode(grades))
print("stdev", round(statistics.stdev(grades), 3))
print("pstdev", statistics.pstdev(grades))
print("variance", statistics.variance(grades))
print("range", max(grades) - min(grades))
above = [g for g in grades if g > statistics.mean(grades)]
print(len(above), "above the mean")
