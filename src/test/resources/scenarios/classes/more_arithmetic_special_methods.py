# Every binary operator has its special method and reflected form.
class N:
    def __init__(self, v):
        self.v = v
    def __truediv__(self, o):
        return "truediv"
    def __floordiv__(self, o):
        return "floordiv"
    def __mod__(self, o):
        return "mod"
    def __pow__(self, o):
        return "pow"
    def __rsub__(self, o):
        return "rsub " + str(o)
    def __radd__(self, o):
        return "radd " + str(o)
    def __and__(self, o):
        return "and"
    def __or__(self, o):
        return "or"
    def __xor__(self, o):
        return "xor"
    def __lshift__(self, o):
        return "lshift"
    def __rshift__(self, o):
        return "rshift"
    def __invert__(self):
        return "invert"
    def __pos__(self):
        return "pos"
n = N(1)
print(n / 2, n // 2, n % 2, n ** 2)
print(10 - n, "x" + n)
print(n & 1, n | 1, n ^ 1, n << 1, n >> 1, ~n, +n)
