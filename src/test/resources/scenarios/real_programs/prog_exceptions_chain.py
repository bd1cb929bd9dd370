# exception chaining and finally
def parse_config(text):
    try:
        key, value = text.split("=")
    except ValueError as e:
        raise KeyError(f"bad line: {text!r}") from e
    return key.strip(), value.strip()

for line in ["a = 1", "broken", "x=y=z"]:
    try:
        print(parse_config(line))
    except KeyError as e:
        print("KeyError", e, "caused by", type(e.__cause__).__name__)

def risky(n):
    try:
        return 10 / n
    except ZeroDivisionError:
        print("division by zero!")
        return None
    finally:
        print("finally runs for", n)

print(risky(2), risky(0))
try:
    try:
        [].pop()
    except IndexError:
        {}["k"]
except KeyError as e:
    print("context:", repr(e.__context__))
