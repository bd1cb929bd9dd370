# The default expression runs at definition time, not at call time.
def noisy():
    print("evaluating the default")
    return 10
def f(x=noisy()):
    return x
print("defined")
print(f(), f(), f(5))
