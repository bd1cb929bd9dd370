import operator

TOKEN_KINDS = "NUMBER NAME OP LPAREN RPAREN END".split()


class Token:
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos

    def __repr__(self):
        return f"{self.kind}({self.text!r}@{self.pos})"


class CalcError(Exception):
    pass


def tokenize(src):
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            yield Token("NUMBER", src[i:j], i)
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            yield Token("NAME", src[i:j], i)
            i = j
        elif src.startswith("**", i):
            yield Token("OP", "**", i)
            i += 2
        elif ch in "+-*/%=":
            yield Token("OP", ch, i)
            i += 1
        elif ch in "()":
            yield Token("LPAREN" if ch == "(" else "RPAREN", ch, i)
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r} at {i}")
    yield Token("END", "", len(src))


BINARY = {"+": (1, operator.add), "-": (1, operator.sub), "*": (2, operator.mul),
          "/": (2, operator.truediv), "%": (2, operator.mod), "**": (3, operator.pow)}


class Parser:
    def __init__(self, src, env):
        self.tokens = list(tokenize(src))
        self.i = 0
        self.env = env

    def peek(self):
        return self.tokens[self.i]

    def take(self, kind=None):
        tok = self.tokens[self.i]
        if kind and tok.kind != kind:
            raise CalcError(f"expected {kind} at {tok.pos}, found {tok.text or 'end'!r}")
        self.i += 1
        return tok

    def statement(self):
        if self.peek().kind == "NAME" and self.tokens[self.i + 1].text == "=":
            name = self.take().text
            self.take("OP")
            value = self.expr(0)
            self.env[name] = value
        else:
            value = self.expr(0)
        self.take("END")
        return value

    def expr(self, min_prec):
        left = self.unary()
        while self.peek().kind == "OP" and self.peek().text in BINARY:
            prec, fn = BINARY[self.peek().text]
            if prec < min_prec:
                break
            op = self.take().text
            right = self.expr(prec if op == "**" else prec + 1)
            try:
                left = fn(left, right)
            except ZeroDivisionError as e:
                raise CalcError(f"division by zero in {op}") from e
        return left

    def unary(self):
        if self.peek().text == "-":
            self.take()
            return -self.unary()
        return self.atom()

    def atom(self):
        tok = self.take()
        if tok.kind == "NUMBER":
            return float(tok.text) if "." in tok.text else int(tok.text)
        if tok.kind == "NAME":
            if tok.text not in self.env:
                raise CalcError(f"unknown name {tok.text!r}")
            return self.env[tok.text]
        if tok.kind == "LPAREN":
            value = self.expr(0)
            self.take("RPAREN")
            return value
        raise CalcError(f"unexpected {tok.text or 'end'!r} at {tok.pos}")


print(list(tokenize("x = 2 ** (3 + y)")))
env = {"pi": 3.14159}
program = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "r = 10", "area = pi * r ** 2",
           "area / 2", "17 % 5 + 7 / 2", "x + 1", "4 / (2 - 2)", "3 +", "2 $ 3", "(1 + 2", "1.5 * 4"]
for line in program:
    try:
        print(f"{line:<20} => {Parser(line, env).statement()}")
    except CalcError as e:
        cause = f" (from {type(e.__cause__).__name__})" if e.__cause__ else ""
        print(f"{line:<20} !! {e}{cause}")
print(sorted(env))
