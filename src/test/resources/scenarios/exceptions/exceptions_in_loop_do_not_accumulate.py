# Exceptions caught in a loop are freed each time: nothing accumulates.
import gc
gc.collect()
class Item:
    count = 0
    def __init__(self):
        Item.count += 1
    def __del__(self):
        Item.count -= 1
def risky(i):
    it = Item()
    if i % 2:
        raise ValueError(i)
    return i
total = 0
for i in range(10):
    try:
        total += risky(i)
    except ValueError as e:
        total -= e.args[0]
print(total, "items alive:", Item.count)
print(gc.collect())
