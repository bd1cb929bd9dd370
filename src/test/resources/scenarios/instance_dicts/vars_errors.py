# vars() needs an object with a __dict__.
class Slotted:
    __slots__ = ('a',)
for value in (5, 'text', Slotted()):
    try:
        vars(value)
    except TypeError as e:
        print(type(value).__name__, e)
print(hasattr(Slotted(), '__dict__'))
