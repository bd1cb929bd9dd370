# reveal_type prints the runtime type on stderr and returns its argument; assert_type returns its first.
from typing import reveal_type, assert_type

n = reveal_type(41) + 1
print("n =", n)
words = reveal_type(["a", "b"])
print(words)
x = assert_type(3.5, float)
print(x, assert_type("s", int))


class Point:
    pass


p = reveal_type(Point())
print(type(p).__name__)
