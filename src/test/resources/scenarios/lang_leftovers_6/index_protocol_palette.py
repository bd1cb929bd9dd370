# A learner's palette: colour objects index a list of names, the temporaries made for an index die
# right after the subscript (weakref callbacks and __del__ tell when), and a cycle through a colour
# is collected.
import gc
import sys
import weakref


class Color:
    def __init__(self, index, name):
        self.index = index
        self.name = name
        self.palette = None

    def __index__(self):
        return self.index

    def __del__(self):
        print("del", self.name)


names = ["red", "green", "blue", "black"]
red, blue = Color(0, "red"), Color(2, "blue")
print(names[red], names[blue], names[Color(3, "temp")])
probe = Color(1, "probe")
ref = weakref.ref(probe, lambda r: print("callback for probe"))
print(names[probe], sys.getrefcount(probe))
del probe
print("alive?", ref() is not None)
shades = [[n.upper(), n.lower()] for n in names]
print(shades[blue][Color(0, "zero")], shades[red][1:])
blue.palette = names
names.append(blue)
print(names[-1].name, sys.getrefcount(blue))
gc.collect()
del blue
print(len(names), names[Color(4, "last")].name)
names.pop()
print("collected", gc.collect())
print(gc.get_count())
