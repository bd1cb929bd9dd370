# dataclasses: __post_init__ validation, field(init=False), kw_only, a factory classmethod and comparisons.
from dataclasses import dataclass, field, asdict, astuple

@dataclass
class Temperature:
    celsius: float
    fahrenheit: float = field(init=False)

    def __post_init__(self):
        if self.celsius < -273.15:
            raise ValueError(f"below absolute zero: {self.celsius}")
        self.fahrenheit = round(self.celsius * 9 / 5 + 32, 1)

@dataclass(kw_only=True)
class Config:
    host: str = "localhost"
    port: int = 8000
    debug: bool = False

@dataclass
class Account:
    owner: str
    history: list = field(default_factory=list)
    balance: float = field(init=False, default=0.0)

    @classmethod
    def opened_with(cls, owner, opening):
        acct = cls(owner)
        if opening:
            acct.deposit(opening)
        return acct

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))

@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)

for c in [21.5, -40, -300]:
    try:
        print(Temperature(c))
    except ValueError as e:
        print("ValueError:", e)
cfg = Config(port=9000, debug=True)
print(cfg, asdict(cfg))
try:
    Config("example.org")
except TypeError as e:
    print("TypeError:", e)
acct = Account.opened_with("zoe", 50)
acct.deposit(25.5)
print(acct, astuple(acct))
print(Account("max"), Account("max") == Account("max"))
tasks = [Task(3, "write"), Task(1, "plan"), Task(2, "test"), Task(1, "coffee")]
print([t.name for t in sorted(tasks)], Task(1, "a") == Task(1, "b"))
try:
    Temperature()
except TypeError as e:
    print("TypeError:", e)
