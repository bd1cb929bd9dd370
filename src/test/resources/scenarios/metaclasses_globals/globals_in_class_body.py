# A class body holds the module dict while it runs
import sys

outside = sys.getrefcount(globals())

class Config:
    inside = sys.getrefcount(globals())

    def method(self):
        return sys.getrefcount(globals())

print(Config.inside - outside)
print(Config().method() - outside)
