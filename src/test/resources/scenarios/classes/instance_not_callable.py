# Calling an instance whose class has no __call__ is a TypeError naming the class.
class Plain:
    pass
p = Plain()
print("before")
p()
