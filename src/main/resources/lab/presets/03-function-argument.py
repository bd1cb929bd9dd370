# title: A function argument is one more reference
import sys
def count_refs(x):
    return sys.getrefcount(x)

data = [10, 20]
print(sys.getrefcount(data))
print(count_refs(data))
