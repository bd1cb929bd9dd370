# obj.__class__ is type(obj) and adds a reference to the class
import sys
class Stack:
    pass
s = Stack()
print(s.__class__ is Stack, s.__class__.__name__)
before = sys.getrefcount(Stack)
c = s.__class__
print(sys.getrefcount(Stack) - before)
