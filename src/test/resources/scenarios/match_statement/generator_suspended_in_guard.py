# A generator suspended in a guard keeps the subject on its value stack (freed when the generator is deleted); a subject that comes from send().
import sys, gc
class Big:
    def __del__(self):
        print("Big freed")
def g():
    match [Big(), 1]:
        case [b, 1] if (yield "in guard"):
            yield "matched"
        case _:
            yield "default"
it = g()
print(next(it))
print("suspended in the guard: Big is still alive")
print(it.send(0))
print("after default")
it = g()
print(next(it))
del it
print("generator deleted")
gc.collect()
def h():
    match (yield):
        case {"cmd": cmd, **rest}:
            yield cmd, rest, sys.getrefcount(rest)
it = h()
next(it)
print(it.send({"cmd": "go", "x": 1}))
