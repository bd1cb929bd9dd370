class Poly:
    def __init__(self, *coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c

    def __call__(self, x):
        result = 0
        for a in reversed(self.c):
            result = result * x + a
        return result

    def __add__(self, o):
        n = max(len(self.c), len(o.c))
        a = self.c + [0] * (n - len(self.c))
        b = o.c + [0] * (n - len(o.c))
        return Poly(*[x + y for x, y in zip(a, b)])

    def __mul__(self, o):
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(*out)

    def derivative(self):
        return Poly(*[i * a for i, a in enumerate(self.c)][1:] or [0])

    def __repr__(self):
        terms = []
        for i, a in reversed(list(enumerate(self.c))):
            if a == 0:
                continue
            t = {0: f"{a}", 1: f"{a}x"}.get(i, f"{a}x^{i}")
            terms.append(t)
        return " + ".join(terms) or "0"

p = Poly(1, -3, 2)
q = Poly(0, 1)
print(p, "|", q, "|", p + q, "|", p * q)
print([p(x) for x in range(4)], p.derivative(), p.derivative().derivative())
print(Poly(0, 0, 0), (p * p)(2), p(2) ** 2)
