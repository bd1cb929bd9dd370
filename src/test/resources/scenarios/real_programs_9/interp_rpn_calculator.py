"""A tiny RPN calculator, the kind found in intro textbooks."""
import operator

OPS = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
    "^": operator.pow,
}


class RPNError(Exception):
    pass


def evaluate(expr):
    stack = []
    for tok in expr.split():
        if tok in OPS:
            if len(stack) < 2:
                raise RPNError(f"not enough operands for {tok!r}")
            b = stack.pop()
            a = stack.pop()
            stack.append(OPS[tok](a, b))
        else:
            try:
                stack.append(int(tok))
            except ValueError:
                stack.append(float(tok))
    if len(stack) != 1:
        raise RPNError("leftover operands: %s" % stack)
    return stack[0]


for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 ^", "1.5 2 *", "1 +", "1 2 3", "7 2 /", "x 1 +"]:
    try:
        print(f"{e:<22} => {evaluate(e)}")
    except RPNError as err:
        print(f"{e:<22} !! {err}")
    except ValueError as err:
        print(f"{e:<22} ?? {err}")
