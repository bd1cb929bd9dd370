class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory

    def __missing__(self, key):
        value = self[key] = self.factory(key)
        return value


squares = DefaultDict(lambda k: k * k)
print(squares[4], squares[7], dict(squares), 5 in squares, squares.get(9))


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None

    def __setattr__(self, name, value):
        self[name] = value

    def __delattr__(self, name):
        del self[name]


cfg = AttrDict(debug=True, level=3)
cfg.name = "demo"
print(cfg.debug, cfg.level, cfg.name, sorted(cfg))
del cfg.level
print(cfg, hasattr(cfg, "level"), getattr(cfg, "level", "default"))
try:
    cfg.missing
except AttributeError as e:
    print("AttributeError:", e)


class Recorder:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_calls", [])

    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if not callable(attr):
            return attr

        def recorded(*args, **kwargs):
            self._calls.append(f"{name}{args}")
            return attr(*args, **kwargs)
        return recorded

    def __setattr__(self, name, value):
        raise AttributeError(f"read-only proxy: cannot set {name!r}")


items = Recorder([3, 1, 2])
items.append(5)
items.sort()
items.extend((9, 0))
print(items._target, items._calls, items.__class__.__name__)
print(items.index(9), items.count(1))
try:
    items.x = 1
except AttributeError as e:
    print("AttributeError:", e)


class Lazy:
    loads = 0

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        Lazy.loads += 1
        value = f"<{name} loaded>"
        setattr(self, name, value)
        return value


lz = Lazy()
print(lz.profile, lz.profile, lz.photo, Lazy.loads, sorted(vars(lz)))


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __getattribute__(self, name):
        if name == "magnitude":
            x = object.__getattribute__(self, "x")
            y = object.__getattribute__(self, "y")
            return (x * x + y * y) ** 0.5
        return object.__getattribute__(self, name)


p = Point(3, 4)
print(p.magnitude, p.x, getattr(p, "y"))
for thing in (Point(0, 0), Point(0, 5), Point(2, 2), Point(1, -1)):
    match thing:
        case Point(0, 0):
            print("origin")
        case Point(0, y):
            print("on the y axis at", y)
        case Point(x, y) if x == y:
            print("diagonal at", x)
        case Point(x=x):
            print("somewhere with x =", x)
