# Nested class and sequence patterns evaluate an expression tree (the classic textbook example).
from dataclasses import dataclass
@dataclass
class Num:
    value: int
@dataclass
class BinOp:
    op: str
    left: object
    right: object
def evaluate(e):
    match e:
        case Num(v):
            return v
        case BinOp("+", l, r):
            return evaluate(l) + evaluate(r)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("*", l, r):
            return evaluate(l) * evaluate(r)
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op}")
tree = BinOp("+", Num(2), BinOp("*", Num(3), Num(4)))
print(evaluate(tree))
print(evaluate(BinOp("*", Num(0), BinOp("+", Num(1), Num(1)))))
print(Num.__match_args__)
evaluate(BinOp("-", Num(1), Num(1)))
