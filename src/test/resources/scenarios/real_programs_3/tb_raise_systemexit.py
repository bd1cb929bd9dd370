class Abort(SystemExit):
    pass

def check(n):
    if n > 2:
        raise Abort(f"too many retries: {n}")
    return n

for i in range(5):
    try:
        check(i)
    except ValueError:
        pass
    print("attempt", i)
