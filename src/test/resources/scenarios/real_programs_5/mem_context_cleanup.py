class Lock:
    def __init__(self, name):
        self.name = name
        self.held = False

    def __enter__(self):
        self.held = True
        print(f"acquire {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.held = False
        print(f"release {self.name} ({'error: ' + exc_type.__name__ if exc_type else 'ok'})")
        return exc_type is KeyError

    def __del__(self):
        print(f"lock {self.name} freed (held={self.held})")

with Lock("a") as l:
    print("working with", l.name)
print("name l still refers to the lock")
del l

with Lock("b"):
    print("anonymous manager")
print("after anonymous with")

with Lock("c"):
    raise KeyError("suppressed")
print("KeyError was swallowed")

try:
    with Lock("d"):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)

def early():
    with Lock("e"):
        return "returned from inside"
print(early())

for i in range(2):
    with Lock(f"loop{i}"):
        if i == 0:
            continue
        print("second iteration body")
print("end")
