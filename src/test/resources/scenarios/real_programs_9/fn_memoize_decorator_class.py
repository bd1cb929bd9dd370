import functools


class memoize:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.cache = {}
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        if args not in self.cache:
            self.cache[args] = self.fn(*args)
        return self.cache[args]

    def __repr__(self):
        return f"<memoized {self.__name__}: {len(self.cache)} cached>"


@memoize
def fib(n):
    "Return the nth Fibonacci number."
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@memoize
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


print(fib(40), fib.calls, fib)
print(fib.__doc__, fib.__name__, fib.__wrapped__(10))
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same")]:
    print(a, b, edit_distance(a, b))
print(edit_distance)
try:
    fib([1])
except TypeError as e:
    print("TypeError:", e)
