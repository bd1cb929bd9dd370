# at module and class level a bare annotation only records __annotations__: the name stays unbound
import sys
count: int
try:
    print(count)
except NameError as e:
    print("error:", e)
print(__annotations__)
class Config:
    name: str
    size: int = 3
print(Config.size, hasattr(Config, "name"))
def f():
    total: int
    total = 0
    for i in range(4):
        total += i
    return total
print(f())
