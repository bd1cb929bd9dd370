# __call__ on functions and builtins
def double(x):
    return 2 * x
print(double.__call__(4), len.__call__([1, 2]), str.upper.__call__("q"))
