# An InitVar is passed to __init__ and __post_init__ but never stored on the instance.
from dataclasses import dataclass, field, fields, asdict, InitVar


def scramble(text):
    return "".join(chr((ord(c) * 7 + 3) % 26 + 97) for c in reversed(text))


@dataclass
class Account:
    user: str
    password: InitVar[str]
    digest: str = field(init=False, repr=False)

    def __post_init__(self, password):
        self.digest = scramble(password)

    def check(self, attempt: str) -> bool:
        return scramble(attempt) == self.digest


acct = Account("ada", "s3cret")
print(acct)
print(acct.check("s3cret"), acct.check("guess"))
print([f.name for f in fields(acct)])
print(asdict(acct))
print("password" in vars(acct), hasattr(acct, "password"))
pw = Account.__dataclass_fields__["password"]
print(pw.name, pw.type, pw.init, pw.kw_only)
print(Account.__match_args__)
print(InitVar[str], InitVar[list[int]])
