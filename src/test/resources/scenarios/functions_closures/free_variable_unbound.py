# Reading a captured variable before the enclosing function assigns it: NameError about a free variable.
def outer():
    def inner():
        return zzq_captured
    print("calling inner")
    inner()
    zzq_captured = 1
outer()
