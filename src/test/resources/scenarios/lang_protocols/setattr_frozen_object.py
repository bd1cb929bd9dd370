# An immutable object: __setattr__ refuses, the constructor stores with object.__setattr__.
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)

    def __setattr__(self, name, value):
        raise AttributeError("cannot set " + name)

f = Frozen(1)
try:
    f.x = 2
except AttributeError as e:
    print("AttributeError:", e)
print(f.x)
