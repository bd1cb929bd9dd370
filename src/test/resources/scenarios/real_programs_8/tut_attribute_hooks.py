class Record:
    def __init__(self, **fields):
        self.__dict__["_fields"] = dict(fields)
        self.__dict__["log"] = []
    def __getattr__(self, name):
        self.log.append(("get", name))
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        self._fields[name] = value
    def __delattr__(self, name):
        self.log.append(("del", name))
        del self._fields[name]

r = Record(a=1, b=2)
r.c = 3
print(r.a, r.c, getattr(r, "zzz", "default"), hasattr(r, "b"))
del r.a
try:
    r.a
except AttributeError as e:
    print("AttributeError:", e)
print(r.log)
print(sorted(r._fields.items()), sorted(vars(r)))

class Audited:
    def __init__(self):
        self.reads = 0
        self._x = 1
    @property
    def x(self):
        self.reads += 1
        print("access x")
        return self._x

a = Audited()
print(a.x + a.x, a.reads)
print(type(a).__name__)
