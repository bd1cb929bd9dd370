# try/finally with return, break and continue: the order things happen in, traced with prints.
def first_negative(numbers):
    for i, n in enumerate(numbers):
        try:
            if n < 0:
                print(f"  found {n} at {i}")
                return i
            if n == 0:
                print("  zero: skip")
                continue
            if n > 100:
                print("  too big: stop")
                break
        finally:
            print(f"  finally for item {i}")
    else:
        print("  loop ended without break")
    print("  after the loop")
    return None


for data in ([3, 0, -2, 5], [1, 2], [7, 500, -1]):
    print(data, "->", first_negative(data))


def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
        return "from except"
    finally:
        print("outer finally")


print(nested())


def swallow():
    for attempt in range(3):
        try:
            print("attempt", attempt)
            if attempt < 2:
                raise RuntimeError(f"fail {attempt}")
            return "ok"
        except RuntimeError as e:
            print("retrying after", e)
        finally:
            print("cleanup", attempt)


print(swallow())


def overriding():
    try:
        return "try"
    finally:
        print("finally runs before the return value is used")


print(overriding())
count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print("while finally", count)
print("count", count)
