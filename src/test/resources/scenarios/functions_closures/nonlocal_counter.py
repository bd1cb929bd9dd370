# nonlocal rebinds the enclosing function's variable through the shared cell.
def counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
a = counter()
b = counter()
a(); a()
b()
print(a(), b())
