# list.append over-allocates: the size jumps only now and then. Print the
# size each time it changes together with the capacity it implies.
import sys

items = []
last = sys.getsizeof(items)
empty = last
print("empty list:", last)
for i in range(40):
    items.append(i)
    size = sys.getsizeof(items)
    if size != last:
        print("len %2d -> %4d bytes, room for %d" % (len(items), size, (size - empty) // 8))
        last = size

print("pop doesn't shrink right away:")
while items:
    items.pop()
    size = sys.getsizeof(items)
    if size != last:
        print("len %2d -> %4d bytes" % (len(items), size))
        last = size
