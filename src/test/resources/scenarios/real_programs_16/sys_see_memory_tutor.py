# A learner "seeing the memory": ids, is, getrefcount and getsizeof around aliasing and copying.
import sys
import copy

a = [1, 2, 3]
b = a
c = a[:]
print(a is b, a is c, a == c)
before = sys.getrefcount(a)
d = a
print(sys.getrefcount(a) - before)
del d
print(sys.getrefcount(a) - before)
b.append(4)
print(a, c)
nested = [[0, 0], [1, 1]]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[0][0] = 99
print(shallow[0][0], deep[0][0], shallow[0] is nested[0], deep[0] is nested[0])
print(sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof((1,)), sys.getsizeof(()))
grow = []
last = sys.getsizeof(grow)
for i in range(20):
    grow.append(i)
    size = sys.getsizeof(grow)
    if size != last:
        print(f"len {len(grow):>2}: {last} -> {size}")
        last = size
print(sys.getsizeof("a"), sys.getsizeof("ab"), sys.getsizeof("é"), sys.getsizeof("€"))
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2 ** 30), sys.getsizeof(2 ** 64))
print(sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof(set()), sys.getsizeof(1.5))


def modify(lst):
    lst.append("changed")
    print("inside:", sys.getrefcount(lst) > 2)


def rebind(lst):
    lst = ["new"]
    return lst


x = ["orig"]
modify(x)
y = rebind(x)
print(x, y, x is y)
t = (1, [2, 3])
t[1].append(4)
print(t)
try:
    t[0] = 5
except TypeError as e:
    print(e)
s1 = "hello"
s2 = s1
s1 += " world"
print(s1, s2, s1 is s2)
