# dataclasses' errors while making the class: a mutable default, a field without a default after
# one with a default; and the generated __init__'s own argument errors.
from dataclasses import dataclass

try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(e)

try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print(e)

@dataclass
class P:
    x: int
    y: int = 0

for make in (lambda: P(), lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: P(1, x=2)):
    try:
        make()
    except TypeError as e:
        print(e)
