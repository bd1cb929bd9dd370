from functools import reduce
nums = list(range(1, 11))
print(list(filter(lambda x: x % 2 == 0, nums)))
print(list(map(lambda x: x ** 2, nums)))
print(reduce(lambda a, b: a * b, nums))
print(reduce(lambda acc, x: acc + [x] if x not in acc else acc, [1, 2, 1, 3, 2], []))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
