import gc

def make_cycles(n):
    for _ in range(n):
        a = []
        a.append(a)

gc.collect()
gc.disable()
make_cycles(3)
print("count:", gc.get_count())
print("collect(0):", gc.collect(0))
print("count:", gc.get_count())
make_cycles(2)
print("collect(0) again:", gc.collect(0))
make_cycles(4)
print("collect(1):", gc.collect(1))
print("count:", gc.get_count())
make_cycles(5)
print("collect(2):", gc.collect(2))
print("count:", gc.get_count())
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
gc.enable()
