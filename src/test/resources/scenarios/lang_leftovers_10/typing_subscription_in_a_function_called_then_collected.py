# A function that subscripts a typing form or makes a @dataclass class: calling it and collecting afterwards lets the program count again
import gc
from dataclasses import dataclass
from typing import Dict, List


def column_type():
    return List[int]


def table_type():
    return Dict[str, column_type()]


def record_class(name):
    @dataclass
    class Record:
        key: str
        size: int = 0
    Record.__name__ = name
    return Record


gc.collect()
print(column_type(), table_type())
Row = record_class("Row")
gc.collect()
print(gc.get_count())
row = Row("a", 3)
print(row, gc.get_count())
gc.collect()
print(gc.get_count())
