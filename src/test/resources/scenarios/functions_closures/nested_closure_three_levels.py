# A free variable passes through a middle function to an inner one.
def a():
    v = [1]
    def b():
        def c():
            return v
        return c
    return b
print(a()()())
