# @final marks classes and methods for type checkers, and sets __final__ where it can.
from typing import final, Final


@final
class Config:
    VERSION: Final = 3

    @final
    def describe(self) -> str:
        return f"config v{self.VERSION}"


c = Config()
print(c.describe())
print(Config.__final__, Config.describe.__final__)


class Base:
    @final
    def run(self):
        return "base run"


class Child(Base):
    pass


print(Child().run(), Child.run.__final__)
print(hasattr(Child, "__final__"), hasattr(Config, "__final__"))


@final
def helper(x):
    return x + 1


print(helper(1), helper.__final__)
print(final(len) is len)
