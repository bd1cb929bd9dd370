class Loud:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        print("repr", self.n)
        return "L%d" % (self.n,)
def item(n):
    print("eval", n)
    return Loud(n)
print("%r and %r" % (item(1), item(2)))
print("%s|%5s|%-5s|%.2s|%7.3r|%%" % ("a", "b", "c", "defg", "hijk"))
print("%d items" % (3,))
print("%s %s" % ("x",) if False else "skip")
try:
    print("%s %s" % ("x",))
except TypeError as e:
    print("TypeError", e)
try:
    print("%s" % ("x", "y"))
except TypeError as e:
    print("TypeError", e)
print("%s" % ((1, 2),))
print("100%%" % ())
