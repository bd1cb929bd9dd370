# [a, b] unpacks a list: each item gets a reference from its name; the list is released after.
import sys
a_obj = object()
b_obj = object()
pair = [a_obj, b_obj]
print("before", sys.getrefcount(a_obj), sys.getrefcount(b_obj))
match pair:
    case [a, b]:
        print("in body", sys.getrefcount(a_obj), sys.getrefcount(b_obj), a is a_obj)
del a, b
print("after", sys.getrefcount(a_obj), sys.getrefcount(b_obj))
