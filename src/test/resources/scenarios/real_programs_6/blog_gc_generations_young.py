import gc

def snapshot(label):
    young, middle, old = gc.get_count()
    print(f"{label:<22} young={young} middle={middle} old={old}")

gc.collect()
gc.disable()
snapshot("after full collect")
records = [{"row": n} for n in range(5)]
snapshot("five dicts + list")
for gen in (0, 1):
    gc.collect(gen)
    snapshot(f"collected gen {gen}")
gc.collect(2)
snapshot("collected gen 2")
gc.enable()
print(len(gc.get_referrers(records[0])), gc.isenabled())
