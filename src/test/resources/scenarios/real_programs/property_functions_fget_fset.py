# a lazily computed property with a deleter; the property object exposes fget/fset/fdel
import sys

class Report:
    def __init__(self, rows):
        self.rows = rows
        self._total = None
    @property
    def total(self):
        if self._total is None:
            print("computing")
            self._total = sum(r["amount"] for r in self.rows)
        return self._total
    @total.deleter
    def total(self):
        print("invalidating")
        self._total = None

r = Report([{"amount": 5}, {"amount": 7}])
print(r.total, r.total)
r.rows.append({"amount": 1})
del r.total
print(r.total)
p = Report.total
print(type(p).__name__, p.fget.__name__, p.fset, p.fdel.__name__)
print(p.fget(r), sys.getrefcount(p.fget))
