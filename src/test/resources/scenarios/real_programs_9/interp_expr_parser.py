# recursive descent parser for + - * / ( ) with precedence
class Parser:
    def __init__(self, text):
        self.toks = self.lex(text)
        self.i = 0

    @staticmethod
    def lex(text):
        out, num = [], ""
        for ch in text:
            if ch.isdigit():
                num += ch
                continue
            if num:
                out.append(int(num))
                num = ""
            if ch in "+-*/()":
                out.append(ch)
            elif not ch.isspace():
                raise SyntaxError("bad char %r" % ch)
        if num:
            out.append(int(num))
        return out

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self):
        t = self.peek()
        self.i += 1
        return t

    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            op = self.take()
            r = self.term()
            v = (op, v, r)
        return v

    def term(self):
        v = self.factor()
        while self.peek() in ("*", "/"):
            op = self.take()
            v = (op, v, self.factor())
        return v

    def factor(self):
        t = self.take()
        if t == "(":
            v = self.expr()
            if self.take() != ")":
                raise SyntaxError("expected )")
            return v
        if t == "-":
            return ("neg", self.factor())
        if isinstance(t, int):
            return t
        raise SyntaxError("unexpected %r" % (t,))


def ev(node):
    if isinstance(node, int):
        return node
    if node[0] == "neg":
        return -ev(node[1])
    op, a, b = node
    a, b = ev(a), ev(b)
    return {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else float("inf")}[op]


for src in ["1 + 2 * 3", "(1 + 2) * 3", "-4 * (2 - 5)", "10 / 4", "8 / (3 - 3)", "2 * (3", "7 & 1"]:
    try:
        tree = Parser(src).expr()
        print("{:<14} {!r:<34} = {}".format(src, tree, ev(tree)))
    except SyntaxError as e:
        print("{:<14} error: {}".format(src, e))
