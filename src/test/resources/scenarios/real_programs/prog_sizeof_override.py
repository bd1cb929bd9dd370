# __sizeof__ and sys.getsizeof
import sys
class Buffer:
    def __init__(self, n):
        self.data = bytearray(n)
    def __sizeof__(self):
        return object.__sizeof__(self) + sys.getsizeof(self.data)
b = Buffer(100)
print(sys.getsizeof(b) > 100)
print(sys.getsizeof(b.data))
