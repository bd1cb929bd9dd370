import gc

# test_gc: test_saveall
gc.collect()
gc.garbage[:] = []
debug = gc.get_debug()
gc.set_debug(debug | gc.DEBUG_SAVEALL)
l = []
l.append(l)
id_l = id(l)
del l
gc.collect()
try:
    for obj in gc.garbage:
        if id(obj) == id_l:
            del obj[:]
            break
    else:
        print("didn't find obj in garbage (saveall)")
    print("found the list in gc.garbage")
    gc.garbage.remove(obj)
finally:
    gc.set_debug(debug)
print("garbage now:", gc.garbage)
print("flag value:", gc.DEBUG_SAVEALL, "debug:", gc.get_debug())
