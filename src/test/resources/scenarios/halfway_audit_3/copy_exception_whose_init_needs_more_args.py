import copy, sys, gc

class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(f"{status} {reason}")
        self.status = status
        self.reason = reason

h = HttpError(404, "not found")
print(h.args, h.status)
try:
    copy.copy(h)
except TypeError as exc:
    print("TypeError:", exc)
try:
    copy.deepcopy(h)
except TypeError as exc:
    print("TypeError:", exc)
print(sys.getrefcount(h), gc.collect())

class Fixed(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status

f = Fixed(500, "oops")
g = copy.deepcopy(f)
print(g.args, g.status, g is f)
