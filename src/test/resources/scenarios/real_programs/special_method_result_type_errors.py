# CPython's TypeErrors when __int__/__float__/__format__ return the wrong type, and for classes without them
class Bad:
    def __int__(self):
        return "x"
    def __float__(self):
        return 1
    def __format__(self, spec):
        return 5

class Plain:
    pass

for f in (int, float, format):
    try:
        f(Bad())
    except TypeError as e:
        print("TypeError:", e)
for f in (int, float, abs, round):
    try:
        f(Plain())
    except TypeError as e:
        print("TypeError:", e)
try:
    print(f"{Plain():>5}")
except TypeError as e:
    print("TypeError:", e)
print(f"{Plain()!s:.3}")
