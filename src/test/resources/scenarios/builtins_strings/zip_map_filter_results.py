# zip stops at the shortest input; map and filter are lazy.
a = [1, 2, 3]
b = "xyz"
print(list(zip(a, b)), list(zip(a, [10])), list(zip()))
def double(n):
    return n * 2
def odd(n):
    return n % 2 == 1
print(list(map(double, a)), list(map(str, a)), list(filter(odd, range(7))), list(filter(None, [0, 1, "", "a"])))
def add(x, y):
    return x + y
print(list(map(add, [1, 2], [10, 20, 30])))
