# A metaclass with __init__ plus ordinary methods: class-level helpers seen from the class only.
import gc, sys
class Entity(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.table = name.lower() + "s"
        cls.rows = []
    def create(cls, **values):
        row = cls()
        row.__dict__.update(values)
        cls.rows.append(row)
        return row
    def count(cls):
        return len(cls.rows)
class Book(metaclass=Entity):
    pass
b = Book.create(title="Dune", year=1965)
Book.create(title="Emma")
print(Book.table, Book.count(), b.title, hasattr(b, "count"))
print(sys.getrefcount(b), sys.getrefcount(Book.rows))
Book.rows.clear()
print(sys.getrefcount(b), gc.collect())
