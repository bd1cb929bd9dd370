import sys

lst = []
last = sys.getsizeof(lst)
print(f"{0:>3} items {last:>5} bytes")
for i in range(1, 40):
    lst.append(i)
    size = sys.getsizeof(lst)
    if size != last:
        print(f"{i:>3} items {size:>5} bytes (+{size - last})")
        last = size
print("literal of 5:", sys.getsizeof([1, 2, 3, 4, 5]), "list(range(5)):", sys.getsizeof(list(range(5))))
print("comprehension of 5:", sys.getsizeof([x for x in range(5)]))
lst.clear()
print("after clear:", sys.getsizeof(lst))
