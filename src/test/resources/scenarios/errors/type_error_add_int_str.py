# Adding an int and a str.
n = 5
print(n)
print(n + "x")
