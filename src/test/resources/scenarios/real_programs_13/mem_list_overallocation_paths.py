import sys

def size(x):
    return sys.getsizeof(x)

appended = []
for i in range(20):
    appended.append(i)
print("append 20:", size(appended))
print("list(range(20)):", size(list(range(20))))
print("[0]*20:", size([0] * 20))
print("comprehension:", size([i for i in range(20)]))
extended = []
extended.extend(range(20))
print("extend:", size(extended))
sliced = appended[:]
print("slice copy:", size(sliced))
popped = list(range(20))
for _ in range(15):
    popped.pop()
print("after popping 15:", len(popped), size(popped))
popped.append(1)
print("append after pops:", size(popped))
print("tuple(range(20)):", size(tuple(range(20))))
