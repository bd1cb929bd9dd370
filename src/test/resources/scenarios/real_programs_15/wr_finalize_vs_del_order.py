# finalize callbacks and __del__ on the same object: __del__ runs first,
# then the weak reference machinery calls the finalizer.
import weakref


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


def on_final(name):
    print("finalize", name)


def on_ref(ref):
    print("weakref callback")


r = Resource("file")
f = weakref.finalize(r, on_final, "file")
w = weakref.ref(r, on_ref)
print("dropping")
del r
print("alive:", f.alive, w())
