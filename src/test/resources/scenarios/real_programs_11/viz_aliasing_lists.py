# Python Tutor: what happens when two names point at one list
a = [1, 2, 3]
b = a
b.append(4)
print("a:", a)
print("b:", b)
print("a is b:", a is b)

c = a[:]
c.append(5)
print("after c = a[:] and c.append(5)")
print("a:", a)
print("c:", c)

def add_item(lst, item):
    lst.append(item)
    lst = ["new", "list"]
    lst.append("lost")
    return lst

result = add_item(a, 99)
print("a after add_item:", a)
print("returned:", result)

x = 10
y = x
y += 1
print("ints are immutable:", x, y)
s = "hi"
t = s
t += "!"
print("strings too:", s, t)
