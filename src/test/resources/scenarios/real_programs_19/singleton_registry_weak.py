# A singleton per name that disappears once nobody uses it.
import gc
import weakref


class Logger:
    _instances = {}

    def __new__(cls, name):
        ref = cls._instances.get(name)
        inst = ref() if ref is not None else None
        if inst is None:
            inst = super().__new__(cls)
            inst.name = name
            inst.lines = []
            cls._instances[name] = weakref.ref(inst, lambda r, n=name: cls._instances.pop(n, None))
        return inst

    def log(self, msg):
        self.lines.append(msg)
        return len(self.lines)


a = Logger("app")
b = Logger("app")
c = Logger("db")
print("same app logger:", a is b)
print(a.log("start"), b.log("more"), c.log("connect"))
print("registered:", sorted(Logger._instances))
del a
print("still registered while b lives:", sorted(Logger._instances))
del b
print("after both go:", sorted(Logger._instances))
fresh = Logger("app")
print("fresh logger lines:", fresh.lines)
gc.collect()
print("end:", sorted(Logger._instances))
