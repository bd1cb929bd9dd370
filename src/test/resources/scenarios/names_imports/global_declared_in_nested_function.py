# A global declaration in a nested function reaches the module, not the enclosing function.
x = "module"
def outer():
    x = "outer"
    def inner():
        global x
        x = "changed by inner"
    inner()
    return x
print(outer())
print(x)
