# Without functools.wraps the wrapper keeps its own name: the classic reason to use wraps.
from functools import wraps, update_wrapper
def plain(func):
    def wrapper():
        return func()
    return wrapper
def kept(func):
    @wraps(func)
    def wrapper():
        return func()
    return wrapper
def hello():
    "Say hello."
    return 'hello'
print(plain(hello).__name__, plain(hello).__doc__)
print(kept(hello).__name__, kept(hello).__doc__)
def other():
    return 1
update_wrapper(other, hello)
print(other.__name__, other.__qualname__, other.__doc__, other.__wrapped__ is hello)
hello.__name__ = 'renamed'
print(hello.__name__, hello.__qualname__)
try:
    hello.__name__ = 5
except TypeError as e:
    print(e)
