# The deepest call reached before RecursionError, with the module frame counted.
def down(n):
    if n % 100 == 0:
        print("depth", n)
    down(n + 1)
down(1)
