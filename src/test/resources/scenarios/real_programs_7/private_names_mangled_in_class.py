class Account:
    __slots_note = "class private"

    def __init__(self, owner):
        self.__owner = owner
        self._Account__extra = 1


    def owner(self):
        return self.__owner

    @classmethod
    def note(cls):
        return cls.__slots_note


a = Account("ann")
print(sorted(vars(a)))
print(a.owner(), a._Account__owner, Account.note())
print([k for k in dir(Account) if "slots" in k])
try:
    print(a.__owner)
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(a, "_Account__owner"), hasattr(a, "__owner"))

class _Hidden:
    def __init__(self):
        self.__x = 1

print(vars(_Hidden()))

class Sub(Account):
    def peek(self):
        try:
            return self.__owner
        except AttributeError as e:
            return f"AttributeError: {e}"

print(Sub("bo").peek())


class Config:
    def set(self, __value=0, **extra):
        self.__value = __value
        return sorted(extra)

    def show(self):
        return f"{self.__value=}", [self.__value * k for k in range(3)], (lambda: self.__value)()


c = Config()
print(c.set(5, __value=9), c.show())
print(Config.set.__defaults__, Config.set.__name__)
try:
    c.set(__value=1)
except TypeError as e:
    print("TypeError:", e)
