import sys
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

print(sys.getsizeof(Color.RED))
print(sys.getsizeof(Color))
print(sys.getsizeof(Color.RED.name), sys.getsizeof(Color.RED.value))
