# Filtering a namespace by name: str.startswith, find and count pack their arguments (METH_VARARGS in 3.11).
import gc
class Public(type):
    def __new__(mcs, name, bases, ns):
        public = [k for k in ns if not k.startswith("_")]
        ns["public"] = public
        return super().__new__(mcs, name, bases, ns)
gc.collect()
class Api(metaclass=Public):
    get = 1
    _secret = 2
print(gc.get_count(), Api.public)
gc.collect()
n = "get_user".find("_")
print(gc.get_count(), n)
gc.collect()
print("a.b.c".count("."), "x".endswith(("x", "y")), gc.get_count())
