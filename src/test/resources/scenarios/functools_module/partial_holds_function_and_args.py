# a partial holds its function and a tuple of the frozen arguments: each gains one reference, and the partial is 80 bytes
import functools, sys, gc
def join(a, b):
    return a + b
head = [1, 2]
p = functools.partial(join, head)
print(sys.getsizeof(p), gc.is_tracked(p))
print(sys.getrefcount(join), sys.getrefcount(head))
print(p([3]), p.args, p.keywords, p.func is join)
del p
print(sys.getrefcount(join), sys.getrefcount(head))
