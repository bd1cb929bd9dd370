# A class attribute is shared until an instance assignment shadows it.
import sys
class Config:
    items = []
    level = 1
a = Config()
b = Config()
a.items.append("x")
print(b.items, Config.items)
a.level = 5
print(a.level, b.level, Config.level)
Config.level = 9
print(a.level, b.level)
print(sys.getrefcount(Config.items))
