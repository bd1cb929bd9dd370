# %-formatting converts instances: %f/%e/%g through __float__, %d/%i through __int__; %x needs __index__ (CPython's TypeErrors)
class M:
    def __float__(self):
        return 2.5
    def __int__(self):
        return 2
class OnlyFloat:
    def __float__(self):
        return 1.25
for f in ['%f', '%.1e', '%g', '%d', '%5i|', '%x']:
    try:
        print(f % M())
    except TypeError as e:
        print(f, e)
print("%.3f" % OnlyFloat())
try:
    print("%d" % OnlyFloat())
except TypeError as e:
    print(e)
