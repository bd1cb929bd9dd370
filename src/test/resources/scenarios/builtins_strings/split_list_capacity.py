# A list made by str.split starts with room for 12 items, so its size is not that of a list display.
import sys
words = "a b c".split()
print(words, sys.getsizeof(words))
one = "a b c".split(None, 1)
print(one, sys.getsizeof(one))
many = "a b c d e f g h i j k l m n o p".split()
print(len(many), sys.getsizeof(many))
