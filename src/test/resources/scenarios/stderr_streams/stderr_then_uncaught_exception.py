import sys


def load(name):
    print("loading", name, file=sys.stderr)
    data = {"a": 1}
    return data[name]


print(load("a"))
print(load("missing"))
