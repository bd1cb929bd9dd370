# datetime's leftover garbage sits in generation 0: the next automatic collection finds it
import gc

found = []
def watch(phase, info):
    if phase == "stop":
        found.append((info["generation"], info["collected"]))

gc.collect()
from datetime import date
gc.callbacks.append(watch)
print(gc.get_count())
keep = [[i] for i in range(500)]
gc.callbacks.remove(watch)
print(found, gc.get_count(), gc.collect())
