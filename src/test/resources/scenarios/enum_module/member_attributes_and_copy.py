import copy
from enum import Enum, unique
class Color(Enum):
    """Primary colours."""
    RED = 1
    GREEN = 2
print(getattr(Color, 'RED'), Color.RED._value_, Color.RED._name_)
print(isinstance(Color, type), issubclass(Color, Enum), Color.__name__, Color.__doc__)
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.GREEN])[0] is Color.GREEN)
print(Color.RED.__class__ is Color, hasattr(Color.RED, 'name'))
print(vars(Color.RED))
print(Color._member_names_, Color._member_map_)
print(max(Color, key=lambda c: c.value), sorted(Color, key=lambda c: c.name, reverse=True))
print(Color.RED.name.upper(), str(Color.GREEN).split("."))
x = {c: i for i, c in enumerate(Color)}
print(x)
print(Enum, repr(Enum))
try:
    Color(None)
except ValueError as e:
    print(e)
try:
    Color([1])
except ValueError as e:
    print(e)
print(Color.RED != 1, Color.RED.value == 1)
