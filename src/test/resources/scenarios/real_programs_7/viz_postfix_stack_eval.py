import operator

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}

def evaluate(expr):
    stack = []
    for token in expr.split():
        if token in OPS:
            b = stack.pop()
            a = stack.pop()
            stack.append(OPS[token](a, b))
        else:
            stack.append(int(token))
        print(f"{token:>3} | {stack}")
    if len(stack) != 1:
        raise ValueError(f"malformed expression: {expr!r}")
    return stack[0]

print(evaluate("3 4 + 2 *"))
print(evaluate("5 1 2 + 4 * + 3 -"))
print(evaluate("10 4 /"))
try:
    evaluate("1 2 3 +")
except ValueError as err:
    print("error:", err)
