# generator pipeline
import sys

def read_lines():
    for line in ["10,apple", "5,banana", "bad", "7,cherry", "3,date"]:
        yield line

def parse(lines):
    for line in lines:
        try:
            n, name = line.split(",")
            yield int(n), name
        except ValueError:
            print("skip", repr(line))

def big(items, limit):
    return ((n, name) for n, name in items if n > limit)

pipeline = big(parse(read_lines()), 4)
print(type(pipeline).__name__)
for n, name in pipeline:
    print(f"{name:.<10}{n:>3}")

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

g = fib()
print([next(g) for _ in range(10)])
print(sys.getsizeof(g) > 0)
squares = (x * x for x in range(5))
print(sum(squares), sum(squares))
