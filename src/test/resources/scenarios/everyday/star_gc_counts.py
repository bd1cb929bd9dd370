# Allocation counts after a collection: the temporary list of a starred tuple is made and freed.
import gc

a = [1, 2]
d1 = {'a': 1}
gc.collect()
counts = [gc.get_count()]
z = [*a, *a]
counts.append(gc.get_count())
z = (*a, 5)
counts.append(gc.get_count())
z = {**d1}
counts.append(gc.get_count())
z = {'a': 1, **d1}
counts.append(gc.get_count())
z = {**d1, 'a': 1}
counts.append(gc.get_count())
z = {*a, 3}
counts.append(gc.get_count())
print(counts)
print(gc.collect())
