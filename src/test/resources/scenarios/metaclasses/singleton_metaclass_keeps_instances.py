import gc, sys
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        self.values = []
class Logger(metaclass=Singleton):
    def __init__(self, name):
        self.name = name
gc.collect()
a = Config()
print(gc.get_count(), sys.getrefcount(a))
gc.collect()
b = Config()
print(gc.get_count(), a is b, sys.getrefcount(a))
gc.collect()
l = Logger("app")
print(gc.get_count(), sys.getrefcount(l), l.name)
gc.collect()
l2 = Logger("other")
print(gc.get_count(), l2.name, l is l2)
del a, b
print(gc.collect(), len(Singleton._instances), sys.getrefcount(Config))
print(sys.getrefcount(Singleton._instances[Config]))
