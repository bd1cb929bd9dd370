# Unpacking a generator with a star drains it: the generator finishes and frees its frame.
def numbers():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("generator finished")

head, *tail = numbers()
print(head, tail)
