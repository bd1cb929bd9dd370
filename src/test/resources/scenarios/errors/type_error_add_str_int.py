# Adding a str and an int.
s = "count: "
print(s)
print(s + 5)
