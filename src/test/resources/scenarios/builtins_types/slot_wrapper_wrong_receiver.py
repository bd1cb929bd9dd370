# a slot wrapper names the type it requires
try:
    int.__add__("a", 1)
except TypeError as e:
    print(e)
try:
    str.__len__([1])
except TypeError as e:
    print(e)
