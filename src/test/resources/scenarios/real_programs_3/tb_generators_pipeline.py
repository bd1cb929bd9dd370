def read_lines(text):
    for line in text.splitlines():
        yield line

def strip_comments(lines):
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            yield line

def parse(lines):
    for line in lines:
        name, _, value = line.partition("=")
        yield name.strip(), value.strip()

config = """
# settings
host = localhost
port = 8080   # default
debug = true

name=studyhall
"""
settings = dict(parse(strip_comments(read_lines(config))))
print(settings)

def countdown(n):
    while n > 0:
        yield n
        n -= 1

def take(n, it):
    for _, x in zip(range(n), it):
        yield x

def naturals():
    n = 0
    while True:
        yield n
        n += 1

print(list(countdown(5)))
print(list(take(5, (x * x for x in naturals() if x % 2))))
gen = countdown(3)
print(next(gen), next(gen), next(gen), next(gen, "done"))
def running_avg():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(v) for v in (10, 20, 30, 40)])
squares = (i * i for i in range(10))
print(sum(squares), sum(squares))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1, 2], range(2))))
