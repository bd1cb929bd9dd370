# A program may use a builtin's name for its own variables and parameters.
input = [5, 3, 8]
list = sorted(input)
print(list)
def f(next, iter=2):
    return next + iter
print(f(1))
def g(filter):
    return [x for x in range(5) if x != filter]
print(g(2))
