# finalizers still alive at exit run at shutdown (atexit), newest first, unless atexit was set to False
import weakref
class Resource:
    def __init__(self, name):
        self.name = name
a = Resource("a")
b = Resource("b")
c = Resource("c")
weakref.finalize(a, print, "exit a")
weakref.finalize(b, print, "exit b")
quiet = weakref.finalize(c, print, "exit c")
quiet.atexit = False
print(quiet.atexit, quiet.alive)
print("last line")
