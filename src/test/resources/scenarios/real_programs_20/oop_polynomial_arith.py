class Poly:
    """A sparse polynomial: a dict from exponent to a non-zero coefficient."""

    def __init__(self, terms=None, **named):
        self.terms = {}
        for exp, coef in dict(terms or {}).items():
            if coef:
                self.terms[exp] = self.terms.get(exp, 0) + coef
        self.terms = {e: c for e, c in self.terms.items() if c}

    @classmethod
    def parse(cls, text):
        terms = {}
        for chunk in text.replace("-", "+-").split("+"):
            chunk = chunk.strip().replace(" ", "")
            if not chunk:
                continue
            if "x" not in chunk:
                coef, exp = int(chunk), 0
            else:
                head, _, tail = chunk.partition("x")
                coef = {"": 1, "-": -1}.get(head, None)
                coef = int(head) if coef is None else coef
                exp = int(tail[1:]) if tail.startswith("^") else 1
            terms[exp] = terms.get(exp, 0) + coef
        return cls(terms)

    def degree(self):
        return max(self.terms, default=0)

    def __call__(self, x):
        return sum(c * x ** e for e, c in self.terms.items())

    def __add__(self, other):
        if isinstance(other, int):
            other = Poly({0: other})
        merged = dict(self.terms)
        for e, c in other.terms.items():
            merged[e] = merged.get(e, 0) + c
        return Poly(merged)

    __radd__ = __add__

    def __neg__(self):
        return Poly({e: -c for e, c in self.terms.items()})

    def __sub__(self, other):
        return self + -other

    def __mul__(self, other):
        if isinstance(other, int):
            return Poly({e: c * other for e, c in self.terms.items()})
        product = {}
        for e1, c1 in self.terms.items():
            for e2, c2 in other.terms.items():
                product[e1 + e2] = product.get(e1 + e2, 0) + c1 * c2
        return Poly(product)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Poly({0: 1})
        for _ in range(n):
            result = result * self
        return result

    def __divmod__(self, divisor):
        quotient, rest = Poly(), Poly(self.terms)
        lead_e, lead_c = divisor.degree(), divisor.terms[divisor.degree()]
        while rest.terms and rest.degree() >= lead_e:
            e, c = rest.degree(), rest.terms[rest.degree()]
            if c % lead_c:
                raise ValueError("coefficients would not stay whole")
            step = Poly({e - lead_e: c // lead_c})
            quotient = quotient + step
            rest = rest - step * divisor
        return quotient, rest

    def __eq__(self, other):
        return isinstance(other, Poly) and self.terms == other.terms

    def __bool__(self):
        return bool(self.terms)

    def diff(self):
        return Poly({e - 1: c * e for e, c in self.terms.items() if e})

    def __str__(self):
        if not self.terms:
            return "0"
        out = ""
        for e in sorted(self.terms, reverse=True):
            c = self.terms[e]
            sign = " - " if c < 0 else " + "
            mag = abs(c)
            body = ("" if mag == 1 and e else str(mag)) + ("x" if e else "") + (f"^{e}" if e > 1 else "")
            out += sign + body
        out = out[3:] if out.startswith(" + ") else "-" + out[3:]
        return out

    def __repr__(self):
        return f"Poly({dict(sorted(self.terms.items()))})"


p = Poly.parse("2x^3 - 3x + 1")
q = Poly.parse("x^2 + x")
print("p =", p, "|", repr(p), "| degree", p.degree())
print("q =", q, "| q(3) =", q(3))
print("p + q =", p + q, "| p - p =", p - p, bool(p - p))
print("p * q =", p * q)
print("(x + 1)^4 =", Poly.parse("x + 1") ** 4)
print("3p + 5 =", 3 * p + 5, "| p' =", p.diff(), "| p'' =", p.diff().diff())
quot, rem = divmod(Poly.parse("x^3 - 6x^2 + 11x - 6"), Poly.parse("x - 1"))
print("divmod:", quot, "remainder", rem)
quot, rem = divmod(Poly.parse("x^4 + 1"), Poly.parse("x^2 + 1"))
print("divmod:", quot, "remainder", rem)
print("values of p:", [p(x) for x in range(-2, 3)])
print("parse round trip:", [str(Poly.parse(s)) for s in ("x", "-x^2 + 4", "5x^5 - x^5", "7")])
print("equal:", Poly.parse("x + x") == Poly.parse("2x"), Poly({3: 0}) == Poly())
try:
    divmod(Poly.parse("x^2 + 1"), Poly.parse("2x"))
except ValueError as e:
    print("ValueError:", e)
