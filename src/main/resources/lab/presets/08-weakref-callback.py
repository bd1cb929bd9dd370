# title: A weak reference with a callback
import weakref
class Photo:
    pass

def gone(ref):
    print("the photo is gone")

p = Photo()
r = weakref.ref(p, gone)
print(r() is p)
del p
print(r())
