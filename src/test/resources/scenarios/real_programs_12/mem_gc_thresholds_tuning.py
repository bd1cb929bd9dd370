import gc

old = gc.get_threshold()
print("default:", old)
gc.collect()
gc.set_threshold(50, 5, 5)
print("new:", gc.get_threshold())
log = []
gc.callbacks.append(lambda phase, info: phase == "start" and log.append(info["generation"]))
junk = []
for i in range(400):
    junk.append([i])
print("collections:", len(log), "gens:", sorted(set(log)))
print("count now:", gc.get_count())
gc.callbacks.clear()
gc.set_threshold(*old)
print("restored:", gc.get_threshold())
gc.set_threshold(0)
print("disabled by zero:", gc.get_threshold()[0], gc.isenabled())
gc.set_threshold(*old)
