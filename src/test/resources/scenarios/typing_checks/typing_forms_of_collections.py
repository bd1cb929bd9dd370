# typing's aliases of the collections classes: calling them, their __origin__,
# and isinstance against them.
import collections
import typing

counts = typing.Counter("mississippi")
order = typing.OrderedDict(a=1, b=2)
chain = typing.ChainMap({"x": 1}, {"x": 2, "y": 3})
queue = typing.Deque([1, 2, 3])
groups = typing.DefaultDict(list)
groups["odd"].append(1)
print(counts.most_common(2), order, chain["x"], chain["y"], queue, dict(groups))
for form, value in [(typing.Counter, counts), (typing.OrderedDict, order), (typing.ChainMap, chain),
                    (typing.Deque, queue), (typing.DefaultDict, groups), (typing.Dict, groups),
                    (typing.Mapping, chain), (typing.MutableMapping, counts), (typing.Sequence, queue),
                    (typing.MutableSequence, queue), (typing.Hashable, queue), (typing.Sized, counts)]:
    print(f"{str(form):22} {form.__origin__!s:40} {isinstance(value, form)}")
print(typing.Counter[str], typing.OrderedDict[str, int], typing.AbstractSet[int], typing.Text)
print(typing.Collection[int].__origin__ is collections.abc.Collection, typing.AbstractSet.__origin__)
