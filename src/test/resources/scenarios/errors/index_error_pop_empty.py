# pop from an empty list.
xs = [1]
print(xs.pop())
xs.pop()
