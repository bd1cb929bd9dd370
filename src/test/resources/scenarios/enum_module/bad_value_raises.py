from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.PURPLE
except AttributeError as e:
    print("AttributeError:", e)
Color(3)
