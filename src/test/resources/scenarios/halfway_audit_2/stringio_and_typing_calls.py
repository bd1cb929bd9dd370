# An io.StringIO takes attributes of its own; typing.DefaultDict() and typing.Deque() make the collection.
import io
import sys
import typing

buffer = io.StringIO()
label = ["report"]
buffer.label = label
buffer.write("line\n")
print(buffer.label, sys.getrefcount(label), buffer.getvalue(), end="")
try:
    buffer.closed = True
except AttributeError as e:
    print("AttributeError", e)
del buffer.label
try:
    buffer.label
except AttributeError as e:
    print("AttributeError", e)
buffer.label = label
del buffer
print(sys.getrefcount(label))

groups = typing.DefaultDict(list)
groups["a"].append(1)
queue = typing.Deque([1, 2], maxlen=3)
queue.append(3)
print(groups, queue, typing.DefaultDict[str, int]())
try:
    typing.List()
except TypeError as e:
    print("TypeError", e)
