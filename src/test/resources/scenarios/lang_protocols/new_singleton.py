# The singleton pattern: __new__ returns the stored instance, but __init__ still runs on every call.
import sys

class Config:
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            print("creating")
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, name):
        print("init", name)
        self.name = name

a = Config("first")
b = Config("second")
print(a is b, a.name, sys.getrefcount(a))
