import sys

class Tracker:
    def __init__(self, watched):
        self.watched = watched

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("in __exit__:", sys.getrefcount(self.watched))
        return False

class Failing(Tracker):
    def __exit__(self, *exc):
        raise RuntimeError("exit failed")

result = ["payload"]
print("before:", sys.getrefcount(result))

def give():
    with Tracker(result):
        return result

got = give()
print("returned:", sys.getrefcount(result))
del got

def text():
    with Tracker(result):
        return "returned from inside the block"

print(text())

def broken():
    with Failing(result):
        return result

try:
    broken()
except RuntimeError as e:
    print("RuntimeError:", e)
print("after a failing __exit__:", sys.getrefcount(result))
