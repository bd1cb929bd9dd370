import gc
import weakref


class Controller:
    def __init__(self, name):
        self.name = name
        self.on_click = lambda: self.handle()

    def handle(self):
        return f"{self.name} handled"

    def __del__(self):
        print("controller", self.name, "finalized")


c = Controller("main")
print(c.on_click())
probe = weakref.ref(c)
del c
print("alive after del (lambda cycle):", probe() is not None)
print("collected:", gc.collect())
print("alive after collect:", probe() is not None)


def make_counter():
    count = 0

    def step():
        nonlocal count
        count += 1
        return step

    return step


s = make_counter()
s()()()
print(s.__closure__[0].cell_contents)
r = weakref.ref(s)
del s
print("closure freed without gc:", r() is None)
