# A string that is always upper case.
import sys


class UpperStr(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())


name = UpperStr("ada lovelace")
print(name, repr(name), len(name), type(name).__name__)
print(name.lower(), type(name.lower()).__name__)
print(name.split(), name[0], name[-3:], type(name[0:3]).__name__)
print(name + "!", "Dear " + name, name * 2)
print(name.startswith("ADA"), "LOVE" in name, name.count("A"))
print(name == "ADA LOVELACE", {"ADA LOVELACE": 1}[name])
print(list(UpperStr("abc")), [c for c in UpperStr("xy")])
print(f"<{name}>", "%s!" % name, "{}?".format(name))
print(sys.getsizeof(name), sys.getsizeof(UpperStr("")), sys.getrefcount(name))
print(isinstance(name, str), str(name), type(str(name)).__name__)
