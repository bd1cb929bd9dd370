from dataclasses import dataclass


@dataclass
class Machine:
    credit: int = 0
    stock: dict = None

    def __post_init__(self):
        if self.stock is None:
            self.stock = {"cola": (150, 2), "chips": (100, 1), "gum": (50, 0)}


def handle(m, command):
    match command.split():
        case ["insert", amount] if amount.isdigit():
            m.credit += int(amount)
            return f"credit {m.credit}"
        case ["buy", item] if item in m.stock:
            price, left = m.stock[item]
            if left == 0:
                return f"{item} sold out"
            if m.credit < price:
                return f"need {price - m.credit} more"
            m.credit -= price
            m.stock[item] = (price, left - 1)
            return f"here is your {item}"
        case ["buy", item]:
            return f"unknown item {item}"
        case ["refund"]:
            amount, m.credit = m.credit, 0
            return f"refunded {amount}"
        case []:
            return "say something"
        case [verb, *_]:
            return f"cannot {verb}"


m = Machine()
for cmd in ["insert 100", "buy cola", "insert 100", "buy cola", "buy gum", "buy tea",
            "insert x", "", "refund", "dance now", "buy cola", "insert 200", "buy cola", "buy cola"]:
    print(f"{cmd!r:14} -> {handle(m, cmd)}")
print(m)
