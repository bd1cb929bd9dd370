# A singleton metaclass with __call__, plus __init__ counting the classes it made.
import gc, sys
class Singleton(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._instance = None
    def __call__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__call__(*args, **kwargs)
        return cls._instance
gc.collect()
class Database(metaclass=Singleton):
    def __init__(self, url):
        self.url = url
print(gc.get_count())
a = Database("sqlite://")
b = Database("postgres://")
print(a is b, a.url, sys.getrefcount(a))
del a, b
print(gc.collect(), Database._instance.url)
