class Singleton:
    _instance = None
    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("creating instance")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        print("init with", value)
        self.value = value

a = Singleton(1)
b = Singleton(2)
print(a is b, a.value, b.value)

class PositiveInt(int):
    def __new__(cls, value):
        if value < 0:
            value = -value
        return super().__new__(cls, value)

n = PositiveInt(-7)
print(n, type(n).__name__, n + 1, isinstance(n, int))

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"

p = Point(2, 5)
print(p, p.x + p.y, len(p), p == (2, 5), p[::-1])
