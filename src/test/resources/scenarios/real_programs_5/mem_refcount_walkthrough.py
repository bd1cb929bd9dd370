import sys

class Widget:
    pass

w = Widget()
print("fresh object:", sys.getrefcount(w))
alias = w
print("after alias = w:", sys.getrefcount(w))
shelf = [w, w, w]
print("in a list three times:", sys.getrefcount(w))
registry = {"main": w}
print("as a dict value:", sys.getrefcount(w))
holder = Widget()
holder.child = w
print("as an attribute:", sys.getrefcount(w))
pair = (w, 1)
print("inside a tuple:", sys.getrefcount(w))

def peek(obj):
    return sys.getrefcount(obj)

print("inside a call:", peek(w))
del shelf[0]
print("removed one from the list:", sys.getrefcount(w))
shelf.clear()
del registry["main"], alias
print("list cleared, dict entry and alias gone:", sys.getrefcount(w))
holder.child = None
del pair
print("only the name left:", sys.getrefcount(w))
copies = [w] * 10
print("list of 10:", sys.getrefcount(w))
copies2 = copies[:]
print("sliced copy:", sys.getrefcount(w))
del copies, copies2
print("back to:", sys.getrefcount(w))
for item in [w]:
    print("as the loop variable:", sys.getrefcount(w))
print("after the loop:", sys.getrefcount(w))
