import gc

print("default thresholds:", gc.get_threshold())
gc.collect()
print("count after collect:", gc.get_count())
keep = []
for i in range(10):
    keep.append([i])
print("after ten lists:", gc.get_count())
keep.append({})
print("after a dict:", gc.get_count())
x = (1, 2)
y = "text" * 3
print("tuples of constants and strings:", gc.get_count())
del keep
print("after del of eleven:", gc.get_count())
gc.set_threshold(500, 20, 20)
print("new thresholds:", gc.get_threshold())
gc.set_threshold(700, 10, 10)
print("restored:", gc.get_threshold())
print("gc enabled:", gc.isenabled())
