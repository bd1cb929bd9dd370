# typing's forms and the aliases subscripting them makes print as CPython prints them.
import typing
from typing import Any, Callable, Dict, FrozenSet, Generator, Iterable, Iterator, List, Mapping, Optional
from typing import Sequence, Set, Tuple, Type, TypeVar, Union

class Node:
    pass

T = TypeVar('T')
K = TypeVar('K', bound=int)
print(List, Dict, Optional, Union, Any, Callable, Tuple, typing.Iterator)
print(List[int], List[Node], Dict[str, List[int]], Optional[int], Optional[Node])
print(Union[int, str], Union[int, None, str], Union[int], Union[Optional[int], str])
print(Tuple[int, ...], Tuple[()], Tuple[int, str], Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Iterator[int], Iterable[str], Generator[int, None, None], Sequence[int], Mapping[str, int], FrozenSet[int])
print(List[T], T, K, Dict[K, T], List["Node"], Type[Node], List[list[int]], List[int | None])
print(type(List[int]), type(Optional[int]), List[int].__origin__, List[int].__args__, Optional[int].__args__)
print(typing.TYPE_CHECKING, typing.cast(int, "x"), T.__name__, List.__name__)
print(List[int] == List[int], Union[int, str] == Union[str, int], List[int] == List[str])
