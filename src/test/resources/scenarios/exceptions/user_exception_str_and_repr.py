# __str__ and __repr__ of a user exception class are used by print, str() and repr().
class HttpError(Exception):
    def __init__(self, status):
        super().__init__(status)
        self.status = status
    def __str__(self):
        return f"HTTP {self.status}"
class Quiet(HttpError):
    def __repr__(self):
        return "Quiet()"
try:
    raise HttpError(404)
except Exception as e:
    print(e, "|", str(e), "|", repr(e), "|", f"{e}")
q = Quiet(500)
print(q, repr(q), [q])
