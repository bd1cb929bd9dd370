# Calling a non-callable object.
x = [1]
print("calling")
x()
