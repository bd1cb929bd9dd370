depth = 0

def fact(n):
    global depth
    depth += 1
    pad = "  " * depth
    print(f"{pad}fact({n}) called")
    if n <= 1:
        result = 1
    else:
        result = n * fact(n - 1)
    print(f"{pad}fact({n}) returns {result}")
    depth -= 1
    return result

print(fact(5))
