# gc counts around making list and dict subclass instances: one tracked object each, one more for a first attribute's dict
import gc
class Config(dict):
    pass
class Row(list):
    pass
gc.collect()
c = Config()
made = gc.get_count()
c.name = "settings"
named = gc.get_count()
r = Row()
row = gc.get_count()
del c, r
gone = gc.get_count()
print(made, named, row, gone, gc.is_tracked(Config()), gc.is_tracked(Row()))
