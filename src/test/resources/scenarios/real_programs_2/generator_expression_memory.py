import sys
squares_list = [x * x for x in range(1000)]
squares_gen = (x * x for x in range(1000))
print(sys.getsizeof(squares_list), sys.getsizeof(squares_gen))
print(sum(squares_gen), sum(squares_gen))
r = range(10 ** 6)
print(sys.getsizeof(r), r[500], len(r))
