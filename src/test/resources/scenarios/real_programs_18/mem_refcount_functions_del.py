# Reference counts as values travel through functions, containers and del.
import sys

def show(label, obj):
    # getrefcount's own argument and this parameter both add one
    print(f"{label:28} {sys.getrefcount(obj)}")

data = [1, 2, 3]
print("fresh name:", sys.getrefcount(data))
show("through show():", data)
holder = [data, data]
print("in a list twice:", sys.getrefcount(data))
box = {"a": data}
print("also a dict value:", sys.getrefcount(data))
other = data
print("another name:", sys.getrefcount(data))
del other
del holder
print("after two dels:", sys.getrefcount(data))

def keep(x):
    kept.append(x)
    return len(kept)

kept = []
keep(data)
keep(data)
print("kept twice:", sys.getrefcount(data))
kept.clear()
box.clear()
print("containers cleared:", sys.getrefcount(data))

class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

a = Node("a")
b = Node("b")
a.next = b
print("b held by a.next:", sys.getrefcount(b))
b_alias = a.next
print("and an alias:", sys.getrefcount(b))
a.next = None
del b_alias
print("links removed:", sys.getrefcount(b))

def make_list():
    temp = [0] * 5
    print("inside maker:", sys.getrefcount(temp))
    return temp

result = make_list()
print("returned:", sys.getrefcount(result))
