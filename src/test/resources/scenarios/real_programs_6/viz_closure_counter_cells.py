def make_counter(start=0):
    count = start

    def step(by=1):
        nonlocal count
        count = count + by
        return count

    step.kind = "counter"
    return step

a = make_counter()
b = make_counter(100)
print(a(), a(), a(5))
print(b(), b(-50))
print(a.__closure__[0].cell_contents, b.__closure__[0].cell_contents)
print(a.__name__, a.kind, len(a.__closure__))
