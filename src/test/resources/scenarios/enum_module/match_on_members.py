from enum import Enum

class Op(Enum):
    ADD = "+"
    SUB = "-"
    MUL = "*"

def apply(op, a, b):
    match op:
        case Op.ADD:
            return a + b
        case Op.SUB:
            return a - b
        case _:
            return a * b

for op in Op:
    print(op.value, apply(op, 6, 3))
