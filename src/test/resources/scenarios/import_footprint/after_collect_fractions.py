# import fractions right after gc.collect(): loading fractions (and decimal and numbers with it)
# starts one automatic collection; what the program allocates next counts from there
import gc

gc.collect()
import fractions
print(gc.get_count())
pairs = [(i, -i) for i in range(400)]
print(gc.get_count(), len(pairs))
