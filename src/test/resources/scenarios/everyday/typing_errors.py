# typing's errors: instantiating a form, wrong parameter counts, subscripting an alias.
from typing import Any, Dict, List, Optional, TypeVar

for make in (lambda: List(), lambda: Optional(), lambda: Any(), lambda: List[int](), lambda: Dict[int],
             lambda: List[int, str], lambda: List[int][str], lambda: TypeVar('X', int)):
    try:
        make()
    except TypeError as e:
        print(e)
print(List[3], Optional[None])
