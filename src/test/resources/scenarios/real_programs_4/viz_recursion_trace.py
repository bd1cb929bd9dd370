depth = 0

def trace(fn):
    def wrapper(*args):
        global depth
        print("|  " * depth + f"{fn.__name__}{args}")
        depth += 1
        result = fn(*args)
        depth -= 1
        print("|  " * depth + f"-> {result}")
        return result
    return wrapper

@trace
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@trace
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)

fib(4)
gcd(48, 18)

def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out

print(permutations([1, 2, 3]))
print(["".join(p) for p in permutations(list("abc"))])
