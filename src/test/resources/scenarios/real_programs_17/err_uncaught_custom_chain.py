# An inventory service translating low-level errors: the uncaught report shows both exceptions.
class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, only {have} left")
        self.sku = sku


stock = {"A-1": 3, "B-2": 0}


def reserve(sku, qty):
    try:
        have = stock[sku]
    except KeyError:
        raise InventoryError(f"unknown sku {sku!r}")
    if qty > have:
        raise OutOfStock(sku, qty, have)
    stock[sku] = have - qty
    return stock[sku]


print(reserve("A-1", 2), stock)
try:
    reserve("B-2", 1)
except OutOfStock as e:
    print("caught:", e, "| sku:", e.sku, "| is InventoryError:", isinstance(e, InventoryError))
reserve("C-3", 1)
