# a textbook averaging coroutine: send() values in, the final average comes back in StopIteration.value
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return average

avg = averager()
next(avg)
for v in [10, 20, 30]:
    print(avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("final", e.value)
