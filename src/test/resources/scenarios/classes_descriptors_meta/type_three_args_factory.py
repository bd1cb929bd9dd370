import gc
import weakref


def make_record(name, fields):
    def __init__(self, *values):
        for f, v in zip(fields, values):
            setattr(self, f, v)

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{name}({inner})"

    return type(name, (), {"__init__": __init__, "__repr__": __repr__, "fields": tuple(fields)})


Point = make_record("Point", ["x", "y"])
Color = make_record("Color", ["r", "g", "b"])
print(Point(1, 2), Color(255, 0, 10))
print(Point.fields, Color.fields)
ref = weakref.ref(Color)
del Color
print(ref() is None)
print("collected", gc.collect())
print(ref() is None)
print(gc.get_count())
