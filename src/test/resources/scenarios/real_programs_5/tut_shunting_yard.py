PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}
RIGHT = {"^"}

def to_postfix(expr):
    output, ops = [], []
    for tok in expr.replace("(", " ( ").replace(")", " ) ").split():
        if tok.isdigit():
            output.append(tok)
        elif tok in PREC:
            while ops and ops[-1] != "(" and (
                PREC[ops[-1]] > PREC[tok] or (PREC[ops[-1]] == PREC[tok] and tok not in RIGHT)
            ):
                output.append(ops.pop())
            ops.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops and ops[-1] != "(":
                output.append(ops.pop())
            if not ops:
                raise ValueError("unbalanced ')'")
            ops.pop()
        else:
            raise ValueError(f"bad token {tok!r}")
    while ops:
        op = ops.pop()
        if op == "(":
            raise ValueError("unbalanced '('")
        output.append(op)
    return output

def evaluate(postfix):
    stack = []
    for tok in postfix:
        if tok.isdigit():
            stack.append(int(tok))
            continue
        b, a = stack.pop(), stack.pop()
        stack.append({"+": a + b, "-": a - b, "*": a * b,
                      "/": a / b if b else float("nan"), "^": a ** b}[tok])
    return stack[0]

for e in ["3 + 4 * 2", "( 3 + 4 ) * 2", "2 ^ 3 ^ 2", "10 - 4 - 3", "8 / ( 3 - 3 )",
          "( 1 + 2", "1 + 2 )", "2 $ 3"]:
    try:
        pf = to_postfix(e)
        print(f"{e:<16} -> {' '.join(pf):<14} = {evaluate(pf)}")
    except ValueError as err:
        print(f"{e:<16} !! {err}")
