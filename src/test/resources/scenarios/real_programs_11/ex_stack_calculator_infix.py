PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}

def tokenize(expr):
    tokens, num = [], ""
    for ch in expr:
        if ch.isdigit() or ch == ".":
            num += ch
            continue
        if num:
            tokens.append(num)
            num = ""
        if ch in PREC or ch in "()":
            tokens.append(ch)
    if num:
        tokens.append(num)
    return tokens

def to_postfix(tokens):
    out, ops = [], []
    for t in tokens:
        if t in PREC:
            while ops and ops[-1] != "(" and (PREC[ops[-1]] > PREC[t] or (PREC[ops[-1]] == PREC[t] and t != "^")):
                out.append(ops.pop())
            ops.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            out.append(t)
    return out + ops[::-1]

def evaluate(postfix):
    stack = []
    for t in postfix:
        if t in PREC:
            b, a = stack.pop(), stack.pop()
            stack.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b, "^": a ** b}[t])
        else:
            stack.append(float(t) if "." in t else int(t))
    return stack[0]

for e in ["3 + 4 * 2", "(1 + 2) * (3 + 4)", "2 ^ 3 ^ 2", "10 / 4 - 1.5", "7 - 3 - 2"]:
    pf = to_postfix(tokenize(e))
    print(f"{e:<20} {' '.join(pf):<16} = {evaluate(pf)}")
