class Poly:
    def __init__(self, coeffs=None):
        self.c = {e: k for e, k in (coeffs or {}).items() if k}

    @classmethod
    def parse(cls, text):
        out = {}
        for term in text.replace(" ", "").replace("-", "+-").split("+"):
            term = term.strip()
            if not term:
                continue
            if "x" in term:
                k, _, e = term.partition("x")
                k = int(k) if k not in ("", "-") else (-1 if k == "-" else 1)
                e = int(e[1:]) if e.startswith("^") else 1
            else:
                k, e = int(term), 0
            out[e] = out.get(e, 0) + k
        return cls(out)

    def __add__(self, o):
        r = dict(self.c)
        for e, k in o.c.items():
            r[e] = r.get(e, 0) + k
        return Poly(r)

    def __mul__(self, o):
        r = {}
        for e1, k1 in self.c.items():
            for e2, k2 in o.c.items():
                r[e1 + e2] = r.get(e1 + e2, 0) + k1 * k2
        return Poly(r)

    def __call__(self, x):
        return sum(k * x ** e for e, k in self.c.items())

    def derivative(self):
        return Poly({e - 1: k * e for e, k in self.c.items() if e})

    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c

    def __repr__(self):
        if not self.c:
            return "0"
        parts = []
        for e in sorted(self.c, reverse=True):
            k = self.c[e]
            coef = "" if abs(k) == 1 and e else str(abs(k))
            var = "" if e == 0 else ("x" if e == 1 else "x^%d" % e)
            parts.append(("- " if k < 0 else "+ ") + coef + var)
        s = " ".join(parts)
        return s[2:] if s.startswith("+ ") else "-" + s[2:]


p = Poly.parse("3x^2 - 2x + 1")
q = Poly.parse("x - 4")
print(p, "|", q)
print(p + q, "|", p * q)
print(p(2), q(4), (p * q)(3))
print(p.derivative(), p.derivative().derivative(), Poly.parse("7").derivative())
print(p * q == q * p, p == "3x^2", Poly.parse("-x^3+x^3"))
