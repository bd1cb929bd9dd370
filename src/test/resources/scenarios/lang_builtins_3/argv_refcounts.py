# sys.argv is one list the sys module holds; a slice is a new list sharing the strings.
import gc
import sys

print(sys.getrefcount(sys.argv), gc.is_tracked(sys.argv), sys.getsizeof(sys.argv))
args = sys.argv
print(sys.getrefcount(sys.argv), args is sys.argv)
rest = sys.argv[1:]
print(rest, sys.getsizeof(rest), rest is sys.argv[1:])
first = sys.argv[0]
print(sys.getrefcount(first))
copy = sys.argv[:]
print(sys.getrefcount(first), copy == sys.argv, copy is sys.argv)
del args, copy
print(sys.getrefcount(sys.argv), sys.getrefcount(first))
gc.collect()
print(gc.get_count())
tail = sys.argv[1:]
print(gc.get_count())
