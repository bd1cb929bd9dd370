# Enough class statements to start automatic collections: the counts match when each class
# statement allocates what CPython's does.
import gc

gc.collect()
made = []
for i in range(80):
    class Item:
        def value(self):
            return i

    made.append(Item)
print(gc.get_count())
print(len(made), gc.collect())
