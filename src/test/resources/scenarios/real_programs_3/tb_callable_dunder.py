class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = list(coeffs)
    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))
    def __len__(self):
        return len(self.coeffs)
    def __getitem__(self, i):
        return self.coeffs[i]
    def __contains__(self, c):
        return c in self.coeffs
    def __str__(self):
        terms = []
        for i, c in reversed(list(enumerate(self.coeffs))):
            if c == 0:
                continue
            terms.append(f"{c}" if i == 0 else f"{c}x" if i == 1 else f"{c}x^{i}")
        return " + ".join(terms) or "0"
    def __add__(self, other):
        n = max(len(self), len(other))
        a = self.coeffs + [0] * (n - len(self))
        b = other.coeffs + [0] * (n - len(other))
        return Polynomial(*[x + y for x, y in zip(a, b)])

p = Polynomial(1, 0, 3)
q = Polynomial(2, 5)
print(p, "|", q, "|", p + q)
print(p(2), q(-1), [p(x) for x in range(4)])
print(len(p), p[2], p[-1], p[:2], 3 in p, 7 in p)
print(callable(p), callable(p.coeffs), callable(len))
for c in p:
    print(c, end=" ")
print()
print(list(map(p, [0, 1])))
