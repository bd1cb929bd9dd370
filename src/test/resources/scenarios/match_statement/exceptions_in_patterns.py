# Errors raised while matching: an __eq__ that raises (the subject released after), a non-type in a class pattern, an undefined value name, an attribute error in a dotted class name.
class Boom:
    def __eq__(self, other):
        raise RuntimeError("eq exploded")
    def __del__(self):
        print("Boom freed")
try:
    match Boom():
        case 1:
            print("no")
except RuntimeError as e:
    print("caught", e)
print("after first")
not_a_class = len
try:
    match 5:
        case not_a_class():
            pass
except TypeError as e:
    print("TypeError", e)
try:
    match 5:
        case undefined_name.attr:
            pass
except NameError as e:
    print("NameError", e)
try:
    match 5:
        case len.x():
            pass
except AttributeError as e:
    print("AttributeError", e)
match 5:
    case str():
        print("no")
    case int():
        print("int")
x = len
match 3:
    case x.__class__():
        print("never")
    case _:
        print("3 is not a builtin function")
match 5:
    case str.upper():
        print("no")
