# Class decorators from blog posts: add a repr, register, make a singleton, freeze attributes, count instances.
import functools
import sys

REGISTRY = []


def auto_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls


def register(cls):
    REGISTRY.append(cls)
    return cls


def singleton(cls):
    instances = {}

    @functools.wraps(cls, updated=())
    def get(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    return get


def frozen(cls):
    original_init = cls.__init__

    def __init__(self, *args, **kwargs):
        object.__setattr__(self, "_frozen", False)
        original_init(self, *args, **kwargs)
        object.__setattr__(self, "_frozen", True)

    def __setattr__(self, name, value):
        if getattr(self, "_frozen", False):
            raise AttributeError(f"{cls.__name__} is frozen; cannot set {name}")
        object.__setattr__(self, name, value)

    cls.__init__ = __init__
    cls.__setattr__ = __setattr__
    return cls


def count_instances(cls):
    cls.created = 0
    init = cls.__init__

    @functools.wraps(init)
    def wrapped(self, *args, **kwargs):
        type(self).created += 1
        init(self, *args, **kwargs)
    cls.__init__ = wrapped
    return cls


@register
@auto_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


@register
@frozen
@auto_repr
class Config:
    def __init__(self, host, port):
        self.host = host
        self.port = port


@singleton
class Database:
    def __init__(self, url):
        print("connecting to", url)
        self.url = url


@count_instances
class Ticket:
    def __init__(self, n):
        self.n = n


print(Point(1, 2), [c.__name__ for c in REGISTRY])
cfg = Config("localhost", 8080)
print(cfg)
try:
    cfg.port = 9090
except AttributeError as e:
    print("AttributeError:", e)
print(cfg.port, cfg._frozen)
db1 = Database("sqlite://memory")
db2 = Database("postgres://elsewhere")
print(db1 is db2, db2.url, Database.__name__, Database.__wrapped__.__name__, type(Database).__name__)
tickets = [Ticket(i) for i in range(5)]
print(Ticket.created, Ticket.__init__.__name__, Ticket.__init__.__wrapped__.__qualname__)
print(sys.getrefcount(Point), REGISTRY[0] is Point)
