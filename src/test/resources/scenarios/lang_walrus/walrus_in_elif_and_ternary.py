# walrus in an elif test and inside a conditional expression: each binds where it is evaluated
def classify(xs):
    if (n := len(xs)) == 0:
        return "empty"
    elif (first := xs[0]) > 10:
        return "big " + str(first)
    return f"{n} items" if (m := max(xs)) < 100 else "huge " + str(m)
print(classify([]), classify([42]), classify([1, 2]), classify([1, 200]))
