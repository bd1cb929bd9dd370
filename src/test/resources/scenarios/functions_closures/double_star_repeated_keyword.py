# A keyword given twice through ** is a TypeError naming the function with its module.
def f(**k):
    return k
print(f(**{"a": 1}, b=2))
f(x=1, **{"x": 2})
