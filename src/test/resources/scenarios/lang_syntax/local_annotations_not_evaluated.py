# Inside a function, the annotation of a local variable is never evaluated (no NameError here).
def f():
    x: undefined_name = 5
    y: another_missing_name
    return x

print(f())
