# Assigning after reading makes the name local to the inner function: UnboundLocalError.
def outer():
    n = 1
    def inner():
        print("inner runs")
        n = n + 1
        return n
    return inner()
outer()
