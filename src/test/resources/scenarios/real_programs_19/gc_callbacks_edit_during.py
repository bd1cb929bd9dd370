# Callbacks can unregister themselves; the info dict is fresh each time.
import gc

seen = []


def once(phase, info):
    seen.append(("once", phase))
    if phase == "stop":
        gc.callbacks.remove(once)


def always(phase, info):
    seen.append(("always", phase, sorted(info)))


gc.callbacks.extend([once, always])
gc.collect()
gc.collect()
gc.callbacks.remove(always)
for s in seen:
    print(s)
print("left:", gc.callbacks)
