# __str__ and __repr__ may return an instance of a str subclass (PyUnicode_Check): str() and repr() pass it on, printing and formatting use its text.
import sys
class Name(str):
    def shout(self):
        return self.upper() + "!"
class P:
    def __init__(self, label):
        self.label = Name(label)
    def __str__(self):
        return self.label
    def __repr__(self):
        return Name("P(" + self.label + ")")
p = P("pat")
s = str(p)
print(s is p.label, type(s).__name__, s.shout(), sys.getrefcount(p.label))
r = repr(p)
print(r, type(r).__name__, r.shout())
print(p, [p], "{} {!r}".format(p, p), "%s %r" % (p, p), f"{p!s:>6}|{p!r}")
print(len(str(p)), str(p) == "pat", repr(p) == "P(pat)")
del s
print(sys.getrefcount(p.label))
