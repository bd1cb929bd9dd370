# Using an undefined name raises NameError after earlier output.
print("start")
x = 1
print(x + y)
