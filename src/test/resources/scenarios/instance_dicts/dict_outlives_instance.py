# The dict can outlive its instance; deleting the instance drops one reference to it.
import sys
class A:
    def __del__(self):
        print('A freed')
a = A()
a.x = [1, 2]
d = vars(a)
print(sys.getrefcount(d))
del a
print(sys.getrefcount(d), d)
