# __prepare__ gives the class body a namespace that already holds helpers.
import gc, sys
def required(kind):
    return ("required", kind)
class Schema(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, len(bases), sorted(kw))
        return {"required": required}
    def __new__(mcs, name, bases, ns, **kw):
        del ns["required"]
        fields = [k for k, v in ns.items() if isinstance(v, tuple) and v[0] == "required"]
        ns["fields"] = fields
        return super().__new__(mcs, name, bases, ns)
gc.collect()
class User(metaclass=Schema):
    name = required(str)
    email = required(str)
print(gc.get_count())
print(User.fields, hasattr(User, "required"), sys.getrefcount(required))
