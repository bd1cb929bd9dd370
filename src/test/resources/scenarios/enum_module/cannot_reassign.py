from enum import Enum

class Color(Enum):
    RED = 1

try:
    Color.RED = 2
except AttributeError as e:
    print(e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print(e)
try:
    class More(Color):
        BLUE = 3
except TypeError as e:
    print(e)
print(Color.RED.value)
