# staticmethod and property objects hold their functions; the class dict holds the wrapper.
import sys
class Tools:
    @staticmethod
    def helper():
        return 7
    @property
    def value(self):
        return 3
f = Tools.helper
print(sys.getrefcount(f), f(), Tools().value)
g = Tools.helper
print(sys.getrefcount(f), f is g)
