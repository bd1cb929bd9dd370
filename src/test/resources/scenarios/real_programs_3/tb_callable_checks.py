import functools
import operator

class Greeter:
    def __call__(self, name):
        return f"hello {name}"

things = {
    "len": len,
    "str.upper": str.upper,
    "list.append": [].append,
    "method-wrapper": [].__len__,
    "itemgetter": operator.itemgetter(1),
    "attrgetter": operator.attrgetter("real"),
    "methodcaller": operator.methodcaller("strip"),
    "cmp_to_key": functools.cmp_to_key(lambda a, b: a - b),
    "instance": Greeter(),
    "class": Greeter,
    "int": 5,
    "string": "abc",
}
for name, obj in things.items():
    print(f"{name:<15}{callable(obj)}")
shout = functools.partial(str.upper)
print(shout("quiet"))
strip_all = functools.partial(map, str.strip)
print(list(strip_all(["  a ", "b  "])))
words = ["Banana", "apple", "Cherry"]
print(sorted(words, key=str.casefold), list(map(str.title, ["ab cd", "ef"])))
