# replace() makes a new instance with some fields changed: the everyday way to "edit" frozen config.
import gc
import sys
from dataclasses import dataclass, field, replace

@dataclass(frozen=True)
class Settings:
    theme: str = "light"
    font_size: int = 12
    plugins: tuple = ()

base = Settings()
dark = replace(base, theme="dark")
big = replace(dark, font_size=16, plugins=("spell",))
print(base, dark, big, sep="\n")
print(dark.plugins is base.plugins, base.theme is dark.theme, sys.getrefcount(base))
try:
    replace(base, colour="red")
except TypeError as e:
    print(e)

@dataclass
class Counter:
    name: str
    count: int = 0
    seen: list = field(default_factory=list, init=False)

c = Counter("clicks", 3)
c.seen.append(1)
c2 = replace(c, count=4)
print(c2, c2.seen is c.seen)
try:
    replace(c, seen=[])
except ValueError as e:
    print(e)
try:
    replace(base)
    replace(42)
except TypeError as e:
    print(e)
gc.collect()
history = [base]
for size in range(10, 14):
    history.append(replace(history[-1], font_size=size))
print(history[-1], len(history))
