# A list comprehension builds every element; a generator expression only
# holds its state. Their sizes tell the story.
import sys

squares_list = [n * n for n in range(1000)]
squares_gen = (n * n for n in range(1000))
print("list size grows with n:", sys.getsizeof(squares_list))
print("generator size is fixed:", sys.getsizeof(squares_gen))
print("same sum:", sum(squares_list) == sum(squares_gen))
print("generator exhausted:", sum(squares_gen))

small_gen = (n for n in range(3))
big_gen = (n for n in range(10 ** 6))
print("gen sizes equal:", sys.getsizeof(small_gen) == sys.getsizeof(big_gen))
r = range(10 ** 6)
print("range size:", sys.getsizeof(r), "len:", len(r))
print("map object:", sys.getsizeof(map(str, r)))
print("zip object:", sys.getsizeof(zip(r, r)))
print("enumerate object:", sys.getsizeof(enumerate(r)))
