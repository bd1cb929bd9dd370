# The members a set lets go of lose a reference at once; the ones it takes gain one.
import sys
class Tag:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("tag freed:", self.name)
red, blue, green = Tag("red"), Tag("blue"), Tag("green")
tags = {red, blue}
print(sys.getrefcount(red), sys.getrefcount(green))
tags -= {red}
print(sys.getrefcount(red), len(tags))
tags ^= {green}
print(sys.getrefcount(green), len(tags))
tags ^= {green}
print(sys.getrefcount(green), len(tags))
tags |= {green}
del green
tags &= {blue}
print("after &=", len(tags))
