# Views and iterators are small fixed-size objects whatever they cover.
import sys

d = {i: str(i) for i in range(100)}
lst = list(range(100))
objs = {
    "dict.keys()": d.keys(),
    "dict.values()": d.values(),
    "dict.items()": d.items(),
    "iter(dict)": iter(d),
    "iter(list)": iter(lst),
    "reversed(list)": reversed(lst),
    "iter(tuple)": iter(tuple(lst)),
    "iter(str)": iter("abc"),
    "iter(set)": iter(set(lst)),
    "iter(range)": iter(range(100)),
    "zip": zip(lst, lst),
    "map": map(str, lst),
    "filter": filter(None, lst),
    "enumerate": enumerate(lst),
}
for name, o in objs.items():
    print("%-15s %d" % (name, sys.getsizeof(o)))
