import sys

class Vault:
    __slots__ = ("__code", "label")
    __count = 0

    def __init__(self, code, label):
        self.__code = code
        self.label = label
        Vault.__count += 1

    def __check(self, guess):
        return guess == self.__code

    def open(self, guess):
        ok = self.__check(guess)
        return f"{self.label}: {'open' if ok else 'locked'} ({self.__code!r:>6})"

    @property
    def hint(self):
        return [c for c in str(self.__code)][:1] + [len(str(self.__code))]

    @classmethod
    def made(cls):
        return cls.__count

    def scrambler(self):
        __local = 3
        def inner():
            return self.__code * __local
        return inner()


v = Vault(1234, "safe")
print(v.open(1), v.open(1234))
print(v.hint, Vault.made(), v.scrambler())
print(Vault._Vault__check.__name__, Vault._Vault__check.__qualname__)
print(sorted(n for n in dir(Vault) if "Vault" in n))
print(v._Vault__code, hasattr(v, "__code"), hasattr(Vault, "__check"))
try:
    v.__code
except AttributeError as e:
    print("AttributeError:", e)

class Child(Vault):
    __slots__ = ()
    def peek(self):
        try:
            return self.__code
        except AttributeError as e:
            return str(e)

print(Child(5, "box").peek(), Vault.made())
print(getattr(v, "_Vault__code"), "_Vault__code" in dir(Vault))

class __Odd:
    def __init__(self):
        self.__z = 1

print(vars(__Odd()))

def outside():
    __q = 1
    return __q

print(outside())
