import re

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")


def tokenize(expr):
    for number, op in TOKEN.findall(expr):
        if number:
            yield ("NUM", float(number))
        elif op.strip():
            yield ("OP", op)


class Parser:
    def __init__(self, text):
        self.tokens = list(tokenize(text))
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("END", None)

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek() in (("OP", "+"), ("OP", "-")):
            op = self.take()[1]
            value = value + self.term() if op == "+" else value - self.term()
        return value

    def term(self):
        value = self.factor()
        while self.peek() in (("OP", "*"), ("OP", "/")):
            op = self.take()[1]
            rhs = self.factor()
            value = value * rhs if op == "*" else value / rhs
        return value

    def factor(self):
        kind, val = self.take()
        if kind == "NUM":
            return val
        if val == "-":
            return -self.factor()
        if val == "(":
            v = self.expr()
            if self.take() != ("OP", ")"):
                raise SyntaxError("expected )")
            return v
        raise SyntaxError(f"unexpected {val!r}")


for text in ["1 + 2 * 3", "(1 + 2) * 3", "-4 / (2 - 4)", "2 * (3 + 4) * 5 - 1.5", "7 / 0", "(1 + 2", "3 + *"]:
    try:
        print(f"{text:<22} = {Parser(text).expr():g}")
    except ZeroDivisionError as e:
        print(f"{text:<22} ! {e}")
    except SyntaxError as e:
        print(f"{text:<22} ! syntax: {e}")
