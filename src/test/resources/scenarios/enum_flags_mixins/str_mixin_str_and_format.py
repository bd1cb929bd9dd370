from enum import Enum


class Color(str, Enum):
    RED = "red"
    GREEN = "green"


print(Color.RED)
print(str(Color.RED), repr(Color.RED))
print(f"{Color.RED}", f"{Color.RED!r}", f"{Color.RED!s}")
print(format(Color.GREEN), "{}".format(Color.GREEN))
print(f"[{Color.RED:>12}]", f"[{Color.RED:<12}]", f"[{Color.GREEN:^13}]")
print("%s" % Color.RED)
print(Color.RED.value, Color.RED.name)
print(Color.RED + "!", Color.RED * 2)
