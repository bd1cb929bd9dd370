import re

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")

def tokenize(text):
    tokens = []
    for number, op in TOKEN.findall(text):
        if number:
            tokens.append(("NUM", float(number) if "." in number else int(number)))
        elif op.strip():
            tokens.append(("OP", op))
    tokens.append(("END", None))
    return tokens

class Parser:
    def __init__(self, text):
        self.tokens = tokenize(text)
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self, expected=None):
        kind, value = self.tokens[self.pos]
        if expected is not None and value != expected:
            raise SyntaxError(f"expected {expected!r} but found {value!r}")
        self.pos += 1
        return value

    def expr(self):
        value = self.term()
        while self.peek()[1] in ("+", "-"):
            if self.take() == "+":
                value += self.term()
            else:
                value -= self.term()
        return value

    def term(self):
        value = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def factor(self):
        kind, value = self.peek()
        if value == "-":
            self.take()
            return -self.factor()
        if value == "(":
            self.take()
            inner = self.expr()
            self.take(")")
            return inner
        if kind == "NUM":
            self.take()
            base = value
            if self.peek()[1] == "^":
                self.take()
                return base ** self.factor()
            return base
        raise SyntaxError(f"unexpected {value!r}")

    def parse(self):
        result = self.expr()
        if self.peek()[0] != "END":
            raise SyntaxError(f"trailing {self.peek()[1]!r}")
        return result

print(tokenize("3 + 4.5*(2 - 1)"))
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-(4 - 10) / 4", "17 % 5 * 2",
            "2 * (3 + ", "4 4", "7 / 0", "1.5 * 4"]:
    try:
        print(f"{src:<14} = {Parser(src).parse()}")
    except SyntaxError as e:
        print(f"{src:<14} ! SyntaxError: {e}")
    except ZeroDivisionError as e:
        print(f"{src:<14} ! ZeroDivisionError: {e}")
