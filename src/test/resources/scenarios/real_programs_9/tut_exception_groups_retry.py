import random


class TransientError(Exception):
    pass


class PermanentError(Exception):
    pass


def flaky(rng, fail_rate):
    r = rng.random()
    if r < fail_rate / 2:
        raise PermanentError(f"hard failure {r:.3f}")
    if r < fail_rate:
        raise TransientError(f"blip {r:.3f}")
    return round(r, 3)


def retry(fn, attempts=4):
    errors = []
    for n in range(1, attempts + 1):
        try:
            result = fn()
        except TransientError as e:
            errors.append(str(e))
            print(f"  attempt {n}: {e}, retrying")
            continue
        except PermanentError as e:
            raise RuntimeError("gave up") from e
        else:
            print(f"  attempt {n}: ok {result}")
            return result, errors
    raise RuntimeError(f"no success after {attempts} attempts: {errors}")


rng = random.Random(7)
for job in range(5):
    print("job", job)
    try:
        retry(lambda: flaky(rng, 0.7))
    except RuntimeError as e:
        cause = e.__cause__
        print("  failed:", e, "| cause:", repr(cause) if cause else None)
try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("while handling")
except ValueError as e:
    print(type(e.__context__).__name__, e.__suppress_context__, e.__cause__)
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__suppress_context__, e.__cause__)
