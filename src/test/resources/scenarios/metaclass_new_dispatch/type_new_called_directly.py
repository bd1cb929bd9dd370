# type.__new__(mcs, ...) called by name instead of through super().
import gc, sys
class Upper(type):
    def __new__(mcs, name, bases, ns):
        renamed = {}
        for key, value in ns.items():
            if key.startswith("__"):
                renamed[key] = value
            else:
                renamed[key.upper()] = value
        return type.__new__(mcs, name, bases, renamed)
gc.collect()
class Config(metaclass=Upper):
    host = "localhost"
    port = 8080
print(gc.get_count())
print(Config.HOST, Config.PORT, hasattr(Config, "host"))
print(sys.getrefcount(Config), type(Config).__name__)
