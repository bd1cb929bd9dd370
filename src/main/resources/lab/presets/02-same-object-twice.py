# title: The same object twice in a container
import sys
item = ["shared"]
pair = [item, item]
print(sys.getrefcount(item))
del item
print(sys.getrefcount(pair[0]))
pair[0].append("seen twice")
print(pair[1])
