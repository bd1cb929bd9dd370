# `pair = [(x := [0] * 3), x]` puts one list twice in the container: it has three references plus getrefcount's
import sys
pair = [(x := [0] * 3), x]
print(pair, sys.getrefcount(x))
pair.pop()
print(sys.getrefcount(x))
del pair
print(sys.getrefcount(x), sys.getsizeof(x))
