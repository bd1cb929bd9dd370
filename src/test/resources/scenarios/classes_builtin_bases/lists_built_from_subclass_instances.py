# Lists built from list/dict/set subclass instances are presized from their length, as from the builtin types
import sys
class Stack(list):
    pass
class Settings(dict):
    pass
class Tags(set):
    pass
s = Stack([1, 2, 3])
print(sys.getsizeof(list(s)), sys.getsizeof(sorted(s)), sys.getsizeof([0] + s))
x = []
x.extend(s)
y = [1]
y.extend(s)
print(sys.getsizeof(x), sys.getsizeof(y))
print(sys.getsizeof(list(Settings(a=1, b=2))), sys.getsizeof(list(Tags([1, 2, 3]))))
print(sys.getsizeof(tuple(s)), sys.getsizeof(set(s)), sys.getsizeof(dict(Settings(a=1))), sys.getsizeof(set(Tags([1]))))
print(sys.getsizeof(Stack(s)), sys.getsizeof(Stack(range(5))), sys.getsizeof(Stack(x for x in range(5))))
