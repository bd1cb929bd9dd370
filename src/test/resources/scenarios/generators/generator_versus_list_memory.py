# The classic lesson: a list holds every item, a generator only its frame; its size does not
# depend on how many items it will produce, and stays the same when it is exhausted.
import sys

squares_list = [n * n for n in range(1000)]
squares_gen = (n * n for n in range(1000))
print(sys.getsizeof(squares_list), sys.getsizeof(squares_gen))
print(sys.getsizeof(n * n for n in range(10)), sys.getsizeof(n * n for n in range(10**6)))
print(sum(squares_gen), sys.getsizeof(squares_gen))


def countdown(n):
    while n > 0:
        yield n
        n -= 1


gen = countdown(3)
print(sys.getsizeof(gen), list(gen), sys.getsizeof(gen))


def read_records(lines):
    for line in lines:
        name, _, value = line.partition("=")
        yield name.strip(), int(value)


records = read_records(["a = 1", "b = 2"])
print(sys.getsizeof(records), dict(records))
