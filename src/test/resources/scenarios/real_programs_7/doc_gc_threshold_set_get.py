import gc

original = gc.get_threshold()
print("defaults:", original)
gc.set_threshold(50, 5, 5)
print("custom:", gc.get_threshold())
gc.collect()
before = gc.get_count()
keep = [[] for _ in range(30)]
after = gc.get_count()
print(before, after)
gc.set_threshold(0)
print("disabled by zero:", gc.get_threshold(), gc.isenabled())
gc.set_threshold(*original)
print("restored:", gc.get_threshold() == original)
