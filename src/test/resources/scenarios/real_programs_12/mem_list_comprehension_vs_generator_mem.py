import sys

squares_list = [n * n for n in range(1000)]
squares_gen = (n * n for n in range(1000))
print("list:", sys.getsizeof(squares_list))
print("generator:", sys.getsizeof(squares_gen))
print(sum(squares_gen), sum(squares_list))
print("exhausted gen sum:", sum(squares_gen))
as_tuple = tuple(squares_list)
as_set = set(squares_list)
print(sys.getsizeof(as_tuple), sys.getsizeof(as_set))
print(sys.getsizeof(range(1000)), sys.getsizeof(list(range(1000))))
nested = [[0] * 10 for _ in range(10)]
print(sys.getsizeof(nested), sum(sys.getsizeof(r) for r in nested))
grid = [[0] * 10] * 10
grid[0][0] = 1
print(sum(row[0] for row in grid), sum(row[0] for row in nested))
d = {i: str(i) for i in range(100)}
print(sys.getsizeof(d), sys.getsizeof(d.keys()), sys.getsizeof(list(d)))
