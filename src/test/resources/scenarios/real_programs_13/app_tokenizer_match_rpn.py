import re

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")

def tokens(text):
    for number, op in TOKEN.findall(text):
        if number:
            yield ("num", float(number) if "." in number else int(number))
        elif op in "+-*/()":
            yield ("op", op)
        else:
            raise SyntaxError(f"unexpected {op!r}")

PREC = {"+": 1, "-": 1, "*": 2, "/": 2}

def to_rpn(text):
    out, stack = [], []
    for tok in tokens(text):
        match tok:
            case ("num", value):
                out.append(value)
            case ("op", "("):
                stack.append("(")
            case ("op", ")"):
                while stack[-1] != "(":
                    out.append(stack.pop())
                stack.pop()
            case ("op", op):
                while stack and stack[-1] != "(" and PREC[stack[-1]] >= PREC[op]:
                    out.append(stack.pop())
                stack.append(op)
    return out + stack[::-1]

def evaluate(rpn):
    st = []
    for t in rpn:
        match t:
            case int() | float():
                st.append(t)
            case "+" | "-" | "*" | "/" as op:
                b, a = st.pop(), st.pop()
                st.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[op])
    return st[0]

for expr in ("1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 1.5", "2 * (3 + 4) * 5", "7 % 2"):
    try:
        rpn = to_rpn(expr)
        print(f"{expr:18} rpn={' '.join(map(str, rpn)):16} = {evaluate(rpn)}")
    except SyntaxError as e:
        print(f"{expr:18} error: {e}")
