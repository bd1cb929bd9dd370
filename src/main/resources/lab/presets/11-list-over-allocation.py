# title: A list over-allocates while appending
import sys
items = []
print(len(items), sys.getsizeof(items))
for i in range(10):
    items.append(i)
    print(len(items), sys.getsizeof(items))
