# Errors and Exceptions, the tutorial chapter: handling, raising, chaining, cleaning up.
attempts = ["ten", "3.5", "", "7"]
for text in attempts:
    try:
        x = int(text)
        print("Got", x)
        break
    except ValueError:
        print("Oops!  That was no valid number.  Try again...")


class B(Exception):
    pass

class C(B):
    pass

class D(C):
    pass

for cls in [B, C, D]:
    try:
        raise cls()
    except D:
        print("D")
    except C:
        print("C")
    except B:
        print("B")

for cls in [B, C, D]:
    try:
        raise cls()
    except B:
        print("B first")
    except C:
        print("C")
    except D:
        print("D")

try:
    raise Exception('spam', 'eggs')
except Exception as inst:
    print(type(inst))
    print(inst.args)
    print(inst)
    x, y = inst.args
    print('x =', x)
    print('y =', y)


def this_fails():
    x = 1/0

try:
    this_fails()
except ZeroDivisionError as err:
    print('Handling run-time error:', err)

try:
    raise NameError('HiThere')
except NameError:
    print('An exception flew by!')

try:
    try:
        open_it = {}["database.sqlite"]
    except KeyError as exc:
        raise RuntimeError("unable to handle error") from exc
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        {}["x"]
    except KeyError:
        raise RuntimeError("lookup failed") from None
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)


def divide(x, y):
    try:
        result = x / y
    except ZeroDivisionError:
        print("division by zero!")
    else:
        print("result is", result)
    finally:
        print("executing finally clause")

divide(2, 1)
divide(2, 0)
try:
    divide("2", "1")
except TypeError as e:
    print("TypeError:", e)


def bool_return():
    try:
        return True
    finally:
        return False

print(bool_return())


class InsufficientFunds(Exception):
    """Raised when a withdrawal is larger than the balance."""

    def __init__(self, balance, amount):
        super().__init__(f"cannot take {amount} from {balance}")
        self.balance = balance
        self.amount = amount

def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(balance, amount)
    return balance - amount

try:
    withdraw(10, 25)
except InsufficientFunds as e:
    print(e, "| short by", e.amount - e.balance, "|", e.args)
    print(InsufficientFunds.__doc__, InsufficientFunds.__mro__)

try:
    raise TypeError('bad type')
except Exception as e:
    e.add_note('Add some information')
    e.add_note('Add some more information')
    print(e.__notes__)

def process(values):
    for v in values:
        try:
            yield 100 // v
        except ZeroDivisionError:
            yield None

print(list(process([5, 0, 3])))
print("now the unhandled one:")
withdraw(5, 50)
