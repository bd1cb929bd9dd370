class VendingMachine:
    PRICES = {"cola": 125, "chips": 75, "candy": 60}

    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.stock = dict.fromkeys(self.PRICES, 2)
        self.log = []

    def _go(self, new):
        self.log.append((self.state, new))
        self.state = new

    def insert(self, cents):
        if cents not in (5, 10, 25, 100):
            print("rejected coin", cents)
            return
        self.credit += cents
        if self.state == "idle":
            self._go("has_credit")
        print("credit now %d" % self.credit)

    def select(self, item):
        if self.state != "has_credit":
            print("insert money first")
            return None
        price = self.PRICES.get(item)
        if price is None:
            print("no such item: %s" % item)
            return None
        if self.stock[item] == 0:
            print("%s sold out" % item)
            return None
        if self.credit < price:
            print("need %d more" % (price - self.credit))
            return None
        self.stock[item] -= 1
        self.credit -= price
        change = self.make_change()
        self._go("idle")
        print("vend %s, change %s" % (item, change))
        return item

    def make_change(self):
        coins = []
        for c in (25, 10, 5):
            n, self.credit = divmod(self.credit, c)
            coins.extend([c] * n)
        return coins


vm = VendingMachine()
vm.select("cola")
vm.insert(3)
vm.insert(100)
vm.select("cola")
vm.insert(25)
vm.insert(10)
vm.select("cola")
for _ in range(3):
    vm.insert(100)
    vm.select("candy")
print(vm.stock)
print(vm.log)
