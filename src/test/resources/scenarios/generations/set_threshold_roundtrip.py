# gc.set_threshold changes the thresholds that gc.get_threshold reports.
import gc
gc.set_threshold(100, 5, 3)
print(gc.get_threshold())
gc.set_threshold(700)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
