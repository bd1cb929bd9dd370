# the info dict is held by the collector and by the call's arguments: 4 with the callback's name and getrefcount's argument
import gc
import sys
counts = []
infos = []
def cb(phase, info):
    counts.append(sys.getrefcount(info))
    counts.append(sys.getrefcount(phase))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(counts)
