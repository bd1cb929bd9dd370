# A checkout that accepts any processor with charge() and refund().
from typing import Protocol
from dataclasses import dataclass


class Processor(Protocol):
    fee_percent: float

    def charge(self, cents: int) -> str: ...
    def refund(self, receipt: str) -> bool: ...


@dataclass
class CardProcessor:
    fee_percent: float = 2.9
    issued: int = 0

    def charge(self, cents: int) -> str:
        self.issued += 1
        return f"card-{self.issued}:{cents}"

    def refund(self, receipt: str) -> bool:
        return receipt.startswith("card-")


@dataclass
class WalletProcessor:
    fee_percent: float = 1.5

    def charge(self, cents: int) -> str:
        return f"wallet:{cents}"

    def refund(self, receipt: str) -> bool:
        return False


def checkout(p: Processor, cents: int) -> None:
    fee = round(cents * p.fee_percent / 100)
    receipt = p.charge(cents + fee)
    print(f"{type(p).__name__}: fee {fee}, receipt {receipt}, refundable {p.refund(receipt)}")


for proc in (CardProcessor(), WalletProcessor(), CardProcessor(fee_percent=3.5)):
    checkout(proc, 1999)
    checkout(proc, 500)
