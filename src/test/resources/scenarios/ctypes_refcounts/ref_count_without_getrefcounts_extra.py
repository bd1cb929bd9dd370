# The classic lesson: read an object's reference count from its memory, without the extra
# reference sys.getrefcount's own argument adds.
import ctypes
import sys


def ref_count(address):
    return ctypes.c_long.from_address(address).value


numbers = [1, 2, 3]
address = id(numbers)
print(ref_count(address), sys.getrefcount(numbers))
alias = numbers
print(ref_count(address))
holder = {"key": numbers}
box = [numbers, numbers]
print(ref_count(address))
del alias
holder.clear()
print(ref_count(address))
box.pop()
print(ref_count(address))
box = None
print(ref_count(address), sys.getrefcount(numbers) - 1)


def inside(x):
    return ref_count(id(x))


print(inside(numbers))
