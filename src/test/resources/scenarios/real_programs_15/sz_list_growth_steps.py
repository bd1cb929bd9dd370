# Append to a list and print sys.getsizeof only when it changes: the
# jumps show CPython's over-allocation pattern.
import sys

items = []
last = sys.getsizeof(items)
print(f"len  0: {last} bytes")
for i in range(1, 70):
    items.append(i)
    size = sys.getsizeof(items)
    if size != last:
        print(f"len {i:2}: {size} bytes (+{(size - last) // 8} slots)")
        last = size
print("from a literal of 10:", sys.getsizeof([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]))
print("from list(range(10)):", sys.getsizeof(list(range(10))))
print("from [0] * 10:", sys.getsizeof([0] * 10))
print("comprehension of 10:", sys.getsizeof([i for i in range(10)]))
shrink = list(range(40))
while len(shrink) > 2:
    shrink.pop()
print("after popping to 2:", sys.getsizeof(shrink))
