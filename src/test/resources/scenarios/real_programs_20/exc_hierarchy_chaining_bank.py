class BankError(Exception):
    """Base class for everything the bank raises."""

    def __init__(self, message, *, account=None):
        super().__init__(message)
        self.account = account

    def __str__(self):
        base = super().__str__()
        return f"[{self.account}] {base}" if self.account else base


class InsufficientFunds(BankError):
    def __init__(self, account, needed, available):
        super().__init__(f"need {needed}, have {available}", account=account)
        self.shortfall = needed - available


class AccountLocked(BankError):
    pass


class TransferFailed(BankError):
    pass


accounts = {"alice": 100, "bob": 20, "carol": 0}
locked = {"carol"}


def withdraw(name, amount):
    if name in locked:
        raise AccountLocked("account is locked", account=name)
    try:
        balance = accounts[name]
    except KeyError:
        raise BankError(f"no such account {name!r}") from None
    if amount > balance:
        raise InsufficientFunds(name, amount, balance)
    accounts[name] = balance - amount


def transfer(src, dst, amount):
    try:
        withdraw(src, amount)
        if dst not in accounts:
            raise KeyError(dst)
        accounts[dst] += amount
    except KeyError as e:
        accounts[src] += amount
        raise TransferFailed(f"unknown destination {e}", account=src) from e
    except BankError as e:
        raise TransferFailed(f"could not move {amount} from {src} to {dst}") from e


requests = [("alice", "bob", 30), ("bob", "alice", 80), ("carol", "bob", 5),
            ("alice", "zed", 10), ("dave", "bob", 1)]
for src, dst, amount in requests:
    try:
        transfer(src, dst, amount)
    except TransferFailed as e:
        cause = e.__cause__
        print(f"FAILED: {e}")
        print(f"   cause: {type(cause).__name__}: {cause}")
        if isinstance(cause, InsufficientFunds):
            print(f"   short by {cause.shortfall}")
        print(f"   suppress_context={e.__suppress_context__} cause-is-context={e.__cause__ is e.__context__}")
    else:
        print(f"ok: {src} -> {dst} {amount}")
print(accounts)
try:
    withdraw("dave", 5)
except BankError as e:
    print(repr(e), "| cause", e.__cause__, "| context", repr(e.__context__), "| suppressed", e.__suppress_context__)
print([c.__name__ for c in InsufficientFunds.__mro__])
print(issubclass(AccountLocked, BankError), isinstance(InsufficientFunds("x", 2, 1), Exception))
e = InsufficientFunds("zoe", 50, 20)
print(e.args, e.account, e.shortfall, str(e))
