# The wrapper, its __dict__ and the closure cell form no cycle: dropping the name frees them all.
import functools, gc
class Resource:
    def __del__(self):
        print('resource freed')
def holding(res):
    def deco(func):
        @functools.wraps(func)
        def wrapper():
            return res, func()
        return wrapper
    return deco
@holding(Resource())
def task():
    return 42
print(task()[1])
gc.collect()
del task
print('after del')
print(gc.collect())
