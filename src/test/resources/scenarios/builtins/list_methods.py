# append, extend, insert, pop, remove, clear and copy on lists.
a = [1, 2]
a.append(3)
a.extend([4, 5])
a.insert(0, 0)
a.insert(100, 6)
print(a)
print(a.pop(), a.pop(0), a)
a.remove(3)
b = a.copy()
a.clear()
print(a, b)
