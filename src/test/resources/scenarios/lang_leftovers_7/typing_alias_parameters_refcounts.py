# typing aliases that name type variables keep a __parameters__ tuple: List[T], Optional[T], Dict[K, List[T]], Callable[[T], K], Tuple[T, ...] each hold T once more
import sys
from typing import TypeVar, List, Optional, Dict, Union, Callable, Tuple
T = TypeVar("T")
K = TypeVar("K")
print(sys.getrefcount(T))
a = List[T]
print(sys.getrefcount(T), a.__parameters__)
b = Optional[T]
print(sys.getrefcount(T), b.__parameters__)
c = Dict[K, List[T]]
print(sys.getrefcount(T), sys.getrefcount(K), c.__parameters__)
d = Callable[[T], K]
print(sys.getrefcount(T), sys.getrefcount(K), d.__parameters__)
e = Tuple[T, ...]
print(sys.getrefcount(T), e.__parameters__, List[int].__parameters__)
