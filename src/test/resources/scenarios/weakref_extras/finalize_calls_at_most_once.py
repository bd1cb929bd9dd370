# calling a finalizer runs it now and returns the function's result; after that it is dead
import weakref
class Resource:
    pass
def close(tag):
    print("close", tag)
    return "closed " + tag
r = Resource()
f = weakref.finalize(r, close, "early")
print(f())
print(f(), f.alive)
del r
print("object gone, nothing more")
