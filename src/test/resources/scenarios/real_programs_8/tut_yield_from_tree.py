class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item

tree = Node(1, Node(2, Node(4), Node(5)), Node(3, Node(6)))
print(list(tree), sum(tree))
print(list(flatten([1, [2, [3, (4, 5)], []], 6])))

def inner():
    got = yield "ready"
    print("inner got", got)
    return got * 2

def outer():
    result = yield from inner()
    print("outer result", result)
    yield result + 1

g = outer()
print(next(g))
print(g.send(10))
print(next(g, "finished"))

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain("ab", range(2), [None])))
