import gc
import sys

gc.collect()
print(gc.get_count())
boxes = []
for i in range(60):
    boxes.append([i, i * 2])
print(len(boxes), gc.get_count())
print(sys.getsizeof(boxes))
total = 0
for box in boxes:
    total += box[1]
print(total)
del boxes
print(gc.get_count())
