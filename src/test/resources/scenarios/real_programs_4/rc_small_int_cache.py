import sys

def same(a, b):
    return a is b

x = 256
y = 255 + 1
print(x is y)
m = int("1000")
n = int("1000")
print(m is n, m == n)
small = [int(s) for s in ["-5", "0", "100", "256"]]
print([same(v, int(str(v))) for v in small])
big = [int(s) for s in ["257", "-6"]]
print([same(v, int(str(v))) for v in big])
print(sys.getrefcount(7) > 10)
print(sum(range(101)), 10 ** 3 == 1000)
