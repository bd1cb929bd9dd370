import gc

class Config:
    pass

def describe(obj):
    out = []
    for r in gc.get_referrers(obj):
        if isinstance(r, dict):
            out.append("dict with keys " + ",".join(sorted(k for k in r if not k.startswith("__"))))
        else:
            out.append(type(r).__name__)
    return sorted(out)

def main():
    settings = {"debug": True}
    cfg = Config()
    cfg.settings = settings
    holders = [settings]
    pair = (settings, 1)
    print(describe(settings))
    del holders
    print(describe(settings))
    del cfg
    print(describe(settings))
    registry = {"current": settings}
    print(describe(settings), len(pair))

main()
