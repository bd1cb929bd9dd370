# copy and deepcopy of an ImportError with name or path: ImportError_reduce puts them in the state, which BaseException.__setstate__ sets back.
import copy, sys
e = ImportError("no luck", name="plugin", path=None)
e.hint = "install it"
c = copy.copy(e)
d = copy.deepcopy(e)
print(c, c.name, c.path, c.hint, c.args is e.args, d.args is e.args, d.hint)
print(vars(c), vars(e))
plain = ModuleNotFoundError("gone")
print(copy.copy(plain).name, type(copy.deepcopy(plain)).__name__)
print(sys.getrefcount(e), sys.getrefcount(c))
