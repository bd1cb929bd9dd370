# Using an attribute on None.
x = None
print("none")
x.value
