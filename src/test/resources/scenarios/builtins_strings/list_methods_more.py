# list.index with bounds, count, insert, remove, extend, reverse, copy and clear.
xs = [5, 3, 5, 1]
print(xs.index(5), xs.index(5, 1), xs.count(5))
xs.insert(0, 9)
xs.insert(-1, 7)
xs.remove(5)
xs.extend((2, 2))
print(xs)
xs.reverse()
ys = xs.copy()
xs.clear()
print(xs, ys)
