import sys

squares_list = [n * n for n in range(1000)]
squares_gen = (n * n for n in range(1000))
print(sys.getsizeof(squares_list) > 8000, sys.getsizeof(squares_gen) < 300)
print(sum(squares_gen), sum(squares_list))
print(sum(squares_gen))

def read_chunks(data, size):
    for i in range(0, len(data), size):
        yield data[i:i + size]

data = "abcdefghij" * 3
chunks = read_chunks(data, 7)
print(next(chunks), next(chunks))
print(list(chunks))
r = range(10 ** 9)
print(sys.getsizeof(r), r[123456789], len(r))
