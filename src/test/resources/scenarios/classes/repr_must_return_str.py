# __repr__ must return a str.
class Bad:
    def __repr__(self):
        return 42
print("start")
print(repr(Bad()))
