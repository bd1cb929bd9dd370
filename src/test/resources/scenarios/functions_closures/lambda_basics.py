# lambda makes a function object; it can close over names and take defaults.
square = lambda x: x * x
add = lambda a, b=1: a + b
print(square(5), add(2), add(2, 3))
def scaler(k):
    return lambda v: v * k
triple = scaler(3)
print(triple(7))
pairs = [(1, 'b'), (3, 'a'), (2, 'c')]
second = lambda p: p[1]
print([second(p) for p in pairs])
