import weakref
import gc

# test_weakref: test_basic_ref, test_basic_callback
class C:
    def method(self):
        pass

callbacks_run = 0

def callback(ref):
    global callbacks_run
    callbacks_run += 1

o = C()
ref1 = weakref.ref(o)
ref2 = weakref.ref(o, callback)
assert ref1() is o
assert ref2() is o
print("refs alive:", ref1() is o, ref2() is o)
print("getweakrefcount:", weakref.getweakrefcount(o))
print("getweakrefs count:", len(weakref.getweakrefs(o)))
del o
gc.collect()
assert ref1() is None
assert ref2() is None
print("callbacks run:", callbacks_run)
print("dead refs:", ref1(), ref2())
