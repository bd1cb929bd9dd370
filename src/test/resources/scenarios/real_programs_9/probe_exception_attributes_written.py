class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise AppError("bad thing", 42)
except AppError as e:
    print(e, e.args, e.code, repr(e))
    e.args = ("changed",)
    print(e, e.args)
    e.code = 7
    print(str(e))
class Wrapped(Exception): pass
def load():
    try:
        int("x")
    except ValueError as e:
        err = Wrapped("load failed")
        err.__cause__ = e
        raise err
try:
    load()
except Wrapped as w:
    print(repr(w.__cause__), w.__suppress_context__, type(w.__context__).__name__)
e = KeyError("k")
e.__notes__ = ["a note"]
print(e.__notes__)
e.add_note("more")
print(e.__notes__)
try:
    raise e
except KeyError as k:
    print(k.__notes__, k.args)
x = OSError(2, "No such file")
print(x.errno, x.strerror, x.args, str(x))
x.args = (5, "other")
print(x.args, str(x), x.errno)
s = StopIteration(9)
print(s.value, s.args)
s.args = (10,)
print(s.value, s.args)
