# a callback still registered at exit sees the first shutdown collection
import gc
def cb(phase, info):
    print("callback", phase, info["generation"])
gc.callbacks.append(cb)
print("last line")
