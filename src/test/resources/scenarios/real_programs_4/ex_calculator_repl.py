import operator

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}

def evaluate(line):
    parts = line.split()
    if len(parts) != 3:
        raise ValueError(f"expected 'a op b', got {line!r}")
    a, op, b = parts
    if op not in OPS:
        raise ValueError(f"unknown operator {op}")
    return OPS[op](float(a), float(b))

while True:
    try:
        line = input("> ")
    except EOFError:
        print("bye")
        break
    if not line.strip():
        continue
    try:
        result = evaluate(line)
    except ZeroDivisionError:
        print("cannot divide by zero")
    except ValueError as e:
        print("error:", e)
    else:
        print(f"= {result:g}")
