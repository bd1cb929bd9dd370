class InsufficientStock(Exception):
    def __init__(self, item, wanted, have):
        super().__init__(f"{item}: wanted {wanted}, only {have} left")
        self.item = item


stock = {"apple": 5, "pear": 2}


def order(item, qty):
    have = stock.get(item, 0)
    if qty > have:
        err = InsufficientStock(item, qty, have)
        err.add_note(f"restock {item} before retrying")
        raise err
    stock[item] = have - qty
    print(f"ordered {qty} {item}(s), {stock[item]} left")


order("apple", 3)
order("pear", 2)
order("pear", 1)
