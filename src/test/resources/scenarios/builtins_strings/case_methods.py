# upper, lower, title, capitalize, swapcase and casefold.
s = "hello wORLD, they're here"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("Straße".casefold() == "strasse", "Straße".upper())
