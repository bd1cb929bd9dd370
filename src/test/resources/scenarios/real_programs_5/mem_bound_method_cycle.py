import gc
import sys

class Button:
    def __init__(self, label):
        self.label = label
        self.on_click = self.default_click

    def default_click(self):
        return f"{self.label} clicked"

    def __del__(self):
        print(f"Button {self.label} destroyed")

gc.collect()
b = Button("OK")
print(b.on_click())
print("bound method holds self:", b.on_click.__self__ is b, sys.getrefcount(b))
del b
print("deleted name; cycle via bound method remains")
print("collected:", gc.collect())

class Timer:
    def __init__(self):
        self.callbacks = []

    def every(self, fn):
        self.callbacks.append(fn)

    def fire(self):
        return [fn() for fn in self.callbacks]

class Clock:
    def __init__(self, timer):
        self.ticks = 0
        timer.every(self.tick)

    def tick(self):
        self.ticks += 1
        return self.ticks

    def __del__(self):
        print("Clock destroyed after", self.ticks, "ticks")

t = Timer()
c = Clock(t)
t.fire(); t.fire()
print(t.fire())
del c
print("the timer's list keeps the clock alive")
t.callbacks.clear()
print("end")
