# Handlers are tried in order; the first that matches runs, even if a later one is more specific.
def classify(f):
    try:
        f()
    except LookupError as e:
        return "LookupError handler: " + type(e).__name__
    except KeyError:
        return "KeyError handler (never reached)"
    except (TypeError, ValueError) as e:
        return "tuple handler: " + type(e).__name__
    except Exception as e:
        return "Exception handler: " + type(e).__name__
print(classify(lambda: {}["x"]))
print(classify(lambda: int("q")))
print(classify(lambda: len(5)))
print(classify(lambda: 1 / 0))
