# PyObject_Str, PyObject_Repr and PyObject_Format pass on the very str a class's __str__,
# __repr__ or __format__ returned, and str operations that change nothing answer the str itself.
import sys


class Person:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return self.name


class Tag:
    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return self.label

    def __format__(self, spec):
        return self.label if not spec else spec + self.label


name = "".join(["Ada ", "Lovelace"])
p = Person(name)
before = sys.getrefcount(name)
same = [str(p), format(p), f"{p}", f"{p!s}", "{}".format(p), "{!s}".format(p), "%s" % p, "%s" % (p,), "%12s" % p]
print(sys.getrefcount(name) - before, [x is name for x in same])
label = "".join(["<b", ">"])
t = Tag(label)
print(repr(t) is label, str(t) is label, f"{t!r}" is label, "%r" % t is label, "%a" % t is label,
      format(t, "") is label, format(t, "x") is label, f"{t}" is label, "{:}".format(t) is label, f"{t:>9}" is label)

s = "hello world"
e = ""
print(s + e is s, e + s is s, s * 1 is s, 1 * s is s, s[:] is s, s[0:11:1] is s, s[::1] is s, s[::-1] is s)
t2 = s
t2 += e
print(t2 is s, str.__str__(s) is s, s.format() is s, s.format_map({}) is s, s % () is s)
w = "helloworld!"
print(s.split("zz")[0] is s, s.split("o", 0)[0] is s, s.rsplit("zz")[0] is s, w.split()[0] is w, w.rsplit()[0] is w,
      s.split(None, 0)[0] is s, s.splitlines()[0] is s, s.splitlines(True)[0] is s, (s + "\n").splitlines()[0] is s)
braces = "a{{b"
print(braces.format() is braces, (braces + "%%") % () is braces, braces.format(), (braces + "%%") % ())
print(sys.getrefcount(s))
