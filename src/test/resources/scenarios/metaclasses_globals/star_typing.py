# from typing import * in an annotated program
from typing import *

def total(values: List[int]) -> int:
    return sum(values)

def find(d: Dict[str, int], key: str) -> Optional[int]:
    return d.get(key)

print(total([1, 2, 3]))
print(find({"a": 1}, "a"), find({}, "b"))
