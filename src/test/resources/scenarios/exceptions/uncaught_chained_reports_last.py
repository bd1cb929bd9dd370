# With a chain, the last stderr line is the final exception.
try:
    {}["k"]
except KeyError:
    raise RuntimeError("while handling")
