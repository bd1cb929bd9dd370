# object(1) is CPython's TypeError
print("before")
o = object(1)
