# every callback in gc.callbacks runs, in list order, for each phase
import gc
seen = []
def first(phase, info):
    seen.append("first " + phase)
def second(phase, info):
    seen.append("second " + phase + " " + str(info["generation"]))
gc.callbacks.append(first)
gc.callbacks.append(second)
gc.collect(0)
gc.callbacks.clear()
print(seen)
print(len(gc.callbacks))
