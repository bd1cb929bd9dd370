# "except E as name" deletes name at the end of the handler, to break the
# cycle exception -> traceback -> frame -> exception.
import sys


def show():
    try:
        raise KeyError("k")
    except KeyError as err:
        inside = "err" in dir()
        kept = err
    return inside, "err" in dir(), type(kept).__name__


print(show())

err = "outer value"
try:
    1 / 0
except ZeroDivisionError as err:
    print("handled:", err)
try:
    print(err)
except NameError as e:
    print("NameError:", e)


class Marker(Exception):
    pass


m = Marker("hello")
start = sys.getrefcount(m)
try:
    raise m
except Marker as caught:
    print("inside handler extra refs:", sys.getrefcount(m) - start)
print("after handler extra refs:", sys.getrefcount(m) - start)
print("traceback kept on the exception:", m.__traceback__ is not None)
m.__traceback__ = None
print("cleared:", m.__traceback__)
