# A protocol's abc.abstractmethod keeps an explicit subclass abstract until it is implemented.
from abc import abstractmethod
from typing import Protocol


class Exporter(Protocol):
    @abstractmethod
    def export(self, rows: list) -> str: ...

    def header(self) -> str:
        return "# export"


class Incomplete(Exporter):
    pass


class Csv(Exporter):
    def export(self, rows):
        return "\n".join([self.header()] + [",".join(map(str, r)) for r in rows])


try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
print(Csv().export([(1, 2), (3, 4)]))
print(sorted(Exporter.__abstractmethods__), len(Csv.__abstractmethods__))
