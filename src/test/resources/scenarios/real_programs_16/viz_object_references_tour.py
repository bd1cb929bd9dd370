# A visualizer tour of names and objects: rebinding vs mutation, function frames, return values.
import sys


def show(label, obj):
    print(f"{label:<22} type={type(obj).__name__:<6} value={obj!r}")


x = 10
y = x
x += 1
show("int after x += 1", (x, y))
a = [1, 2]
b = a
a += [3]
show("list after a += [3]", (a, b, a is b))
a = a + [4]
show("list after a = a + [4]", (a, b, a is b))
s = "py"
t = s
s += "thon"
show("str after s += ...", (s, t))


def grow(lst, item):
    lst.append(item)
    return lst


def replace(lst):
    lst = [0]
    return lst


nums = [5]
same = grow(nums, 6)
other = replace(nums)
show("grow returns same", (same is nums, nums))
show("replace returns new", (other is nums, other))
matrix = [[0] * 2 for _ in range(2)]
alias = matrix[0]
alias[1] = 7
show("row alias", matrix)
d = {"k": [1]}
e = dict(d)
e["k"].append(2)
e["j"] = 0
show("dict copy shares lists", (d, e))
pair = (a, b)
a.append(99)
show("tuple holding lists", pair)
before = sys.getrefcount(b)
holders = [b, b, b]
print("refs added by a 3-item list:", sys.getrefcount(b) - before)
holders.clear()
print("after clear:", sys.getrefcount(b) - before)


def count_calls():
    count_calls.n = getattr(count_calls, "n", 0) + 1
    return count_calls.n


print([count_calls() for _ in range(3)], count_calls.__dict__)
g = 1


def shadow():
    g = 2
    return g


def rebind_global():
    global g
    g = 3
    return g


print(shadow(), g, rebind_global(), g)
