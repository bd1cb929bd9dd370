import sys, gc
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

class Car:
    def __init__(self, color):
        self.color = color

cars = [Car(Color.RED) for _ in range(5)]
print(sys.getrefcount(Color.RED))
cars.clear()
print(sys.getrefcount(Color.RED))
print(gc.collect())
