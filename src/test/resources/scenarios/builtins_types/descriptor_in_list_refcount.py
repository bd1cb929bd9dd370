# storing a descriptor in a list adds one reference per slot
import sys
fs = [str.upper, str.upper, str.lower]
print(sys.getrefcount(str.upper), sys.getrefcount(str.lower))
fs.pop()
print(sys.getrefcount(str.lower))
fs.clear()
print(sys.getrefcount(str.upper))
