import gc

class Config:
    pass

cfg = Config()
holders = {"global": cfg}
items = [cfg, 1]
class App:
    pass
app = App()
app.config = cfg

refs = gc.get_referrers(cfg)
kinds = sorted(type(r).__name__ for r in refs)
print(kinds)
print(any(r is items for r in refs), any(r is holders for r in refs))
print(any(r is app.__dict__ for r in refs) or any(r is app for r in refs))
del refs
print([type(x).__name__ for x in gc.get_referents(items)])
print(gc.get_referents(holders) == [cfg])
print(sorted(type(x).__name__ for x in gc.get_referents(app)))
pair = [[], []]
print(len(gc.get_referents(pair)), all(isinstance(x, list) for x in gc.get_referents(pair)))
