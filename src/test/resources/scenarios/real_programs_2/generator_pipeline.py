def read_lines():
    data = ["10,apple", "5,pear", "bad line", "7,plum", "0,fig"]
    for line in data:
        yield line
def parse(lines):
    for line in lines:
        parts = line.split(",")
        if len(parts) != 2:
            print("skip:", line)
            continue
        yield int(parts[0]), parts[1]
def positive(rows):
    return ((n, name) for n, name in rows if n > 0)
pipeline = positive(parse(read_lines()))
print(type(pipeline).__name__)
for n, name in pipeline:
    print(name, n)
total = sum(n for n, _ in positive(parse(read_lines())))
print("total", total)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
print(list(itertools.takewhile(lambda x: x < 50, fib())))
