# A slice object names a window once; the same object cuts lists, strings and tuples.
import sys

window = slice(1, 7, 2)
print(window, window.start, window.stop, window.step)
letters = "memorylab"
numbers = list(range(10))
pair = tuple(numbers)
print(letters[window], numbers[window], pair[window])

last_three = slice(-3, None)
print(numbers[last_three], letters[last_three])
reverse = slice(None, None, -1)
print(letters[reverse], slice(4))

# indices() clips the window to a length, as a subscript would.
print(window.indices(5), reverse.indices(4), slice(-100, 100).indices(3), slice(2).indices(10))

print(type(window).__name__, isinstance(window, slice), type(window) is slice)
print(sys.getsizeof(window), sys.getrefcount(window))

# Each slice holds its bounds.
start = 10 ** 20
far = slice(start, None)
print(sys.getrefcount(start))
del far
print(sys.getrefcount(start))

# Assigning and deleting through a named slice.
numbers[slice(0, 3)] = ["a", "b", "c"]
del numbers[slice(-2, None)]
print(numbers)

for bad in [(), (1, 2, 3, 4)]:
    try:
        slice(*bad)
    except TypeError as err:
        print("TypeError:", err)
try:
    slice(stop=3)
except TypeError as err:
    print("TypeError:", err)
try:
    window.start = 0
except AttributeError as err:
    print("AttributeError:", err)
try:
    slice(1, 2, 0).indices(3)
except ValueError as err:
    print("ValueError:", err)
try:
    numbers[slice("a", 2)]
except TypeError as err:
    print("TypeError:", err)
