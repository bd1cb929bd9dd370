# Exception subclasses: BaseException's instances have a __dict__ already (one descriptor
# fewer); a builtin error with no subclass yet gets its dict of subclasses with the first one.
import gc

gc.collect()
before = gc.get_count()[0]


class AppError(Exception):
    pass


print("AppError(Exception):", gc.get_count()[0] - before)
before = gc.get_count()[0]


class MissingKey(KeyError):
    pass


print("MissingKey(KeyError):", gc.get_count()[0] - before)
before = gc.get_count()[0]


class OtherKey(KeyError):
    pass


print("OtherKey(KeyError):", gc.get_count()[0] - before)
before = gc.get_count()[0]


class BadValue(ValueError):
    def __init__(self, value):
        super().__init__(f"bad value {value}")
        self.value = value


print("BadValue(ValueError):", gc.get_count()[0] - before)
try:
    raise BadValue(3)
except BadValue as e:
    print(e, e.value)
print(gc.get_count())
