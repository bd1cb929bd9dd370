# A name removed with del is undefined afterwards.
a = [1]
print(a)
del a
print(a)
