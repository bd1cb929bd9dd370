# dir(class) has __dict__/__weakref__ unless __slots__ removes them; slot names are listed
class Plain:
    pass
class Slotted:
    __slots__ = ("b", "a")
class Child(Slotted):
    __slots__ = ("c",)
print([n for n in dir(Plain) if n not in dir(object)])
print([n for n in dir(Slotted) if n not in dir(object)])
print([n for n in dir(Child) if n not in dir(object)])
print(dir(Child()) == dir(Child))
