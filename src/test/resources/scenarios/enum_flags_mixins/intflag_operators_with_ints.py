from enum import IntFlag


class Mode(IntFlag):
    READ = 1
    WRITE = 2
    APPEND = 4


m = Mode.READ | 4
print(repr(m), repr(2 | Mode.READ), repr(Mode.APPEND & 6), repr(Mode.WRITE ^ 3))
print(type(m).__name__, type(m + 0).__name__, type(m * 2).__name__, type(m << 1).__name__)
print(m + 0, m * 2, m << 1, -m, abs(m))
print(repr(~Mode.READ), repr(~Mode(0)), repr(~(Mode.READ | Mode.WRITE)))
print(Mode(6) == 6, 6 == Mode(6), Mode.READ < Mode.WRITE, max(Mode))
print(repr(Mode.READ | True))
