# Passing too many positional arguments names the range the function accepts.
def f(a, b=2):
    return a + b
print(f(1))
f(1, 2, 3)
