# Shadowing a builtin in one function leaves the builtin for everyone else.
def f():
    len = 3
    return len
print(f(), len("abcd"))
