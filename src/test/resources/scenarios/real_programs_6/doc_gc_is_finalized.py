import gc

class Lazarus:
    saved = None
    def __del__(self):
        print("finalizing", gc.is_finalized(self))
        Lazarus.saved = self

x = Lazarus()
x.me = x
print(gc.is_finalized(x))
del x
gc.collect()
print(gc.is_finalized(Lazarus.saved))
Lazarus.saved = None
gc.collect()
print("second time nothing printed")
