# "Brief Tour of the Standard Library" part I, the pieces that run without files or network.
import math
import random
import statistics
import re
from datetime import date
import json

print(math.cos(math.pi / 4), math.log(1024, 2))
random.seed(2024)
print(random.choice(['apple', 'pear', 'banana']), random.sample(range(100), 10), random.random(), random.randrange(6))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(statistics.mean(data), statistics.median(data), statistics.variance(data))
print(re.findall(r'\bf[a-z]*', 'which foot or hand fell fastest'))
print(re.sub(r'(\b[a-z]+) \1', r'\1', 'cat in the the hat'))
print('tea for too'.replace('too', 'two'))
now = date(2003, 12, 2)
print(now, now.strftime("%m-%d-%y. %d %b %Y is a %A on the %d day of %B."))
birthday = date(1964, 7, 31)
age = now - birthday
print(age.days)
record = {"name": "tutorial", "chapters": [10, 11], "draft": False, "rating": None}
text = json.dumps(record, sort_keys=True)
print(text, json.loads(text) == record, json.dumps([1.5, "é", True], ensure_ascii=False))


def average(values):
    """Computes the arithmetic mean of a list of numbers.

    >>> print(average([20, 30, 70]))
    40.0
    """
    return sum(values) / len(values)


print(average([20, 30, 70]), average.__doc__.splitlines()[0])
