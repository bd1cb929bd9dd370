# An ORM-like metaclass collecting Field declarations into _fields.
import gc, sys
class Field:
    def __init__(self, kind):
        self.kind = kind
class ModelMeta(type):
    def __new__(mcs, name, bases, ns):
        fields = {}
        for key, value in list(ns.items()):
            if isinstance(value, Field):
                fields[key] = value
                del ns[key]
        ns["_fields"] = fields
        return super().__new__(mcs, name, bases, ns)
class Model(metaclass=ModelMeta):
    def describe(self):
        return ", ".join(k + ":" + f.kind for k, f in self._fields.items())
gc.collect()
class User(Model):
    name = Field("str")
    age = Field("int")
print(gc.get_count())
print(User().describe(), hasattr(User, "name"))
f = User._fields["name"]
print(sys.getrefcount(f), sys.getrefcount(User._fields))
del User
print(gc.collect(), sys.getrefcount(f))
