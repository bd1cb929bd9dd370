import weakref

class Resource:
    def __init__(self, name):
        self.name = name

def close(name):
    print("closing", name)

keep = []
for name in ("db", "cache", "log"):
    r = Resource(name)
    keep.append(r)
    weakref.finalize(r, close, name)

temp = Resource("temp")
f_temp = weakref.finalize(temp, close, "temp")
del temp
print("temp finalizer alive:", f_temp.alive)

quiet = Resource("quiet")
f_quiet = weakref.finalize(quiet, close, "quiet")
f_quiet.atexit = False
print("registered; program ending")
