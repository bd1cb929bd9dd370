# A retry helper gathers the error of every attempt and raises them as one group when all attempts fail
import random
random.seed(7)

def flaky(attempt):
    if random.random() < 0.8:
        raise ConnectionError(f"attempt {attempt} refused")
    return f"connected on attempt {attempt}"

def retry(action, times):
    errors = []
    for attempt in range(1, times + 1):
        try:
            return action(attempt)
        except ConnectionError as e:
            errors.append(e)
    raise ExceptionGroup(f"gave up after {times} attempts", errors)

for times in (2, 5):
    try:
        print(retry(flaky, times))
    except ExceptionGroup as eg:
        print(eg, [str(e) for e in eg.exceptions])
