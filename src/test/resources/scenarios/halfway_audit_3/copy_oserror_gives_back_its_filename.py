import copy, sys, gc

name = "report-" + str(2024) + ".txt"
e = OSError(2, "gone", name)
gc.collect()
c = copy.copy(e)
print(type(c).__name__, c.filename, c.args, c.errno, c.strerror)
print(c.filename is name, sys.getrefcount(name), sys.getrefcount(e.args))
d = copy.deepcopy(OSError(1, "x", "f1", None, "f2"))
print(type(d).__name__, d.filename, d.filename2, d.args)
print(copy.copy(FileNotFoundError("plain")).args)
print(gc.get_count())
