# Subscripting an int.
n = 5
print("subscript")
print(n[0])
