import sys
from enum import StrEnum, auto


class Color(StrEnum):
    RED = auto()
    GREEN = auto()
    DARK_BLUE = auto()
    CUSTOM = "#fa0"


print(list(Color))
print(Color.RED, repr(Color.GREEN), str(Color.DARK_BLUE), f"{Color.CUSTOM}", f"[{Color.RED:^7}]")
print(Color.RED == "red", Color.RED.upper(), Color.DARK_BLUE + "!", len(Color.CUSTOM), Color.GREEN[0])
print(Color("green"), Color["CUSTOM"], Color.RED.name, Color.RED.value, type(Color.RED.value).__name__)
print(isinstance(Color.RED, str), "-".join(Color), sorted(Color))
style = {Color.RED: 1, "green": 2}
print(style["red"], style[Color.GREEN], Color.RED in style)
print(sys.getsizeof(Color.RED), sys.getsizeof(Color.CUSTOM), sys.getrefcount(Color.RED), sys.getrefcount(Color))
print(Color.DARK_BLUE.replace("_", " ").title(), Color.RED.startswith("r"))
