# A function's code warms up by its calls (RESUME): the eighth call of label() is the first
# to run str() specialized. A loop inside the function warms the same code up faster.
import sys


class Price:
    def __str__(self):
        return str(sys.getrefcount(self))


def label(price):
    return "price " + str(price)


def labels(price, n):
    out = []
    for _ in range(n):
        out.append(str(price))
    return out


p = Price()
for call in range(1, 11):
    print("call", call, label(p))
print(labels(p, 10))
print(labels(p, 3))
