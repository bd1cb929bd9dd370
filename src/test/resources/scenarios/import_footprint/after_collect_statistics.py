# import statistics right after gc.collect(): it loads fractions too and ends past 600, so the
# program's next allocations start a collection soon
import gc

gc.collect()
import statistics
print(gc.get_count())
rows = [[i] for i in range(100)]
print(gc.get_count(), statistics.mean([1, 2, 3, 4]))
