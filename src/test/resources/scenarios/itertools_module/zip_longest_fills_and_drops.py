# zip_longest pads with the fill value; an exhausted source's iterator is released while the others go on
import itertools, sys
short = [1]
long = [1, 2, 3]
z = itertools.zip_longest(short, long, fillvalue=0)
print(sys.getsizeof(z), sys.getrefcount(short), sys.getrefcount(long))
print(next(z), sys.getrefcount(short))
print(next(z), sys.getrefcount(short), sys.getrefcount(long))
print(list(z))
print(list(itertools.zip_longest("ab", "xyz")))
