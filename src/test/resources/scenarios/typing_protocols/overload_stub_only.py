# Calling an overload stub without an implementation raises NotImplementedError.
from typing import overload


@overload
def area(shape: tuple) -> float: ...
@overload
def area(shape: float) -> float: ...


try:
    area(2.0)
except NotImplementedError as e:
    print(type(e).__name__)
    print(e)
print(area.__name__)


def area(shape):
    if isinstance(shape, tuple):
        return shape[0] * shape[1]
    return 3.14159 * shape * shape


print(area((2, 5)), round(area(1.0), 2))
