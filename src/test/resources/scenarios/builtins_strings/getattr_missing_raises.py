# getattr without a default raises AttributeError.
class Box:
    pass
print(getattr(Box(), "size", 0))
print(getattr(Box(), "size"))
