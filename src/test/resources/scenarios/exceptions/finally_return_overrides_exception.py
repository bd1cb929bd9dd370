# A return in finally discards the exception in flight and replaces a pending return value.
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(swallow())
def override():
    try:
        return "try value"
    finally:
        return "finally value"
print(override())
