def read_lines(text):
    for line in text.splitlines():
        yield line

def strip_comments(lines):
    for line in lines:
        code = line.split("#", 1)[0].strip()
        if code:
            yield code

def parse(lines):
    for line in lines:
        name, _, value = line.partition("=")
        yield name.strip(), value.strip()

def numbers_only(pairs):
    for k, v in pairs:
        if v.lstrip("-").isdigit():
            yield k, int(v)

source = """
# settings
width = 80
height=24   # rows
title = Demo
depth = -3
"""
pipeline = numbers_only(parse(strip_comments(read_lines(source))))
print(type(pipeline).__name__)
print(dict(pipeline))
print(list(pipeline))

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

def naturals():
    n = 0
    while True:
        yield n
        n += 1

evens = (x for x in naturals() if x % 2 == 0)
print(list(take(5, evens)))
squares = map(lambda x: x * x, take(4, naturals()))
print(sum(squares), list(squares))
gen = naturals()
print(next(gen), next(gen))
gen.close()
print(next(gen, "closed"))
