import gc

class Blob:
    pass

def gen_of(obj):
    for g in range(3):
        if any(o is obj for o in gc.get_objects(generation=g)):
            return g
    return None

gc.collect()
b = Blob()
print("new object in generation", gen_of(b))
gc.collect(0)
print("after collect(0):", gen_of(b))
gc.collect(1)
print("after collect(1):", gen_of(b))
c = Blob()
print("another new one:", gen_of(c))
gc.collect()
print("after full collect:", gen_of(b), gen_of(c))
print(gc.get_count())
