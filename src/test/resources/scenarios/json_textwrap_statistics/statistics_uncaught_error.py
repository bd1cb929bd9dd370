# An uncaught StatisticsError is reported with its module's name.
import statistics

print(statistics.mean([4, 8]))
print(statistics.stdev([42]))
