from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

print(f"[{Color.RED:>12}]")
print(f"[{Color.GREEN:<12}]")
print("[{:^15}]".format(Color.RED))
print(format(Color.GREEN, "*>14"))
