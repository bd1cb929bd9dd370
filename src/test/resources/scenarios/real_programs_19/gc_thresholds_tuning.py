# The three thresholds decide when each generation is collected. Changing
# them changes the numbers you see, not the program's meaning.
import gc

old = gc.get_threshold()
print("default thresholds:", old)
gc.set_threshold(100, 5, 5)
print("after set:", gc.get_threshold())
gc.set_threshold(700)
print("only the first changed:", gc.get_threshold())
gc.set_threshold(*old)
print("restored:", gc.get_threshold())

try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError:", e)

gc.collect()
print("count after collect:", gc.get_count())
gc.disable()
junk = [[] for _ in range(50)]
print("gen0 grew by at least 50:", gc.get_count()[0] >= 50)
print("enabled?", gc.isenabled())
gc.enable()
print("enabled?", gc.isenabled())
del junk
gc.collect()
print("count:", gc.get_count())
