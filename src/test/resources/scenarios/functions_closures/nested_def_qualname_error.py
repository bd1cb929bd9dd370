# Errors name a nested function by its qualified name.
def outer():
    def inner(x):
        return x
    return inner
g = outer()
print(g(1))
g()
