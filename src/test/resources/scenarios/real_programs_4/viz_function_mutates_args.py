import sys

def add_item(bag, item):
    bag.append(item)
    print(f"  inside: bag={bag}, refs={sys.getrefcount(bag)}")

def rebind(bag):
    bag = ["new"]
    print("  inside rebind:", bag)
    return bag

def bump(n):
    n += 1
    return n

shopping = ["milk"]
print("before:", shopping, sys.getrefcount(shopping))
add_item(shopping, "eggs")
print("after add:", shopping)
result = rebind(shopping)
print("after rebind:", shopping, result, result is shopping)
count = 10
print(bump(count), count)
t = (1, [2, 3])
t[1].append(4)
print(t)
try:
    t[0] += 1
except TypeError as e:
    print("TypeError:", e)
s = "abc"
s2 = s
s += "d"
print(s, s2, s is s2)
