# Errors type.__new__ raises when a metaclass passes it the wrong things.
class Bad(type):
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, list(ns))
try:
    class A(metaclass=Bad):
        pass
except TypeError as e:
    print("TypeError:", e)
class Short(type):
    def __new__(mcs, name, bases, ns):
        return type.__new__(mcs, name, bases)
try:
    class B(metaclass=Short):
        pass
except TypeError as e:
    print("TypeError:", e)
class ReturnsInit(type):
    def __init__(cls, name, bases, ns):
        return 5
try:
    class C(metaclass=ReturnsInit):
        pass
except TypeError as e:
    print("TypeError:", e)
print(type.__new__(type, "D", (), {"v": 1}).v)
