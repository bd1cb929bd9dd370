# Recursion: each call has its own frame and locals.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
print(fact(10))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(12)])
