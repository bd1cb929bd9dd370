# a decorator that returns an instance (a singleton) leaves the name bound to it: the class lives on through the instance
import sys, gc
def singleton(cls):
    return cls()
@singleton
class Config:
    def __init__(self):
        self.debug = False
    def __del__(self):
        print("config freed")
print(Config.debug, sys.getrefcount(type(Config)))
del Config
print("collected", gc.collect())
