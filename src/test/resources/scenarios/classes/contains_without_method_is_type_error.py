# in on an instance without __contains__ (or iteration) is a TypeError.
class Box:
    pass
print("start")
print(1 in Box())
