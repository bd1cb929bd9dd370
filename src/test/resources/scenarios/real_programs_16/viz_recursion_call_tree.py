# A visualizer-style trace of recursive calls with indentation: sum of list, power, binary search.
depth = 0


def traced(fn):
    def wrapper(*args):
        global depth
        print("|   " * depth + f"{fn.__name__}{args}")
        depth += 1
        result = fn(*args)
        depth -= 1
        print("|   " * depth + f"-> {result}")
        return result
    return wrapper


@traced
def total(xs):
    return 0 if not xs else xs[0] + total(xs[1:])


@traced
def power(b, e):
    if e == 0:
        return 1
    half = power(b, e // 2)
    return half * half * (b if e % 2 else 1)


@traced
def bsearch(xs, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    if xs[mid] < target:
        return bsearch(xs, target, mid + 1, hi)
    return bsearch(xs, target, lo, mid - 1)


total([4, 7, 1])
power(3, 5)
data = [2, 5, 8, 12, 16, 23, 38, 56, 72, 91]
bsearch(data, 23, 0, len(data) - 1)
bsearch(data, 6, 0, len(data) - 1)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print([is_even(n) for n in range(5)], is_odd(7))
