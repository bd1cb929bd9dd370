# The tutorial's "Data Structures" chapter, run end to end.
fruits = ['orange', 'apple', 'pear', 'banana', 'kiwi', 'apple', 'banana']
print(fruits.count('apple'), fruits.count('tangerine'))
print(fruits.index('banana'), fruits.index('banana', 4))
fruits.reverse()
print(fruits)
fruits.append('grape')
print(fruits)
fruits.sort()
print(fruits)
print(fruits.pop())

stack = [3, 4, 5]
stack.append(6)
stack.append(7)
print(stack)
print(stack.pop(), stack)
print(stack.pop(), stack.pop(), stack)

from collections import deque
queue = deque(["Eric", "John", "Michael"])
queue.append("Terry")
queue.append("Graham")
print(queue.popleft(), queue.popleft())
print(queue)

squares = []
for x in range(10):
    squares.append(x**2)
print(squares, x)
squares = list(map(lambda x: x**2, range(10)))
squares = [x**2 for x in range(10)]
print(squares)
print([(x, y) for x in [1, 2, 3] for y in [3, 1, 4] if x != y])

vec = [-4, -2, 0, 2, 4]
print([x*2 for x in vec])
print([x for x in vec if x >= 0])
print([abs(x) for x in vec])
freshfruit = ['  banana', '  loganberry ', 'passion fruit  ']
print([weapon.strip() for weapon in freshfruit])
print([(x, x**2) for x in range(6)])
vec = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([num for elem in vec for num in elem])

from math import pi
print([str(round(pi, i)) for i in range(1, 6)])

matrix = [
    [1, 2, 3, 4],
    [5, 6, 7, 8],
    [9, 10, 11, 12],
]
print([[row[i] for row in matrix] for i in range(4)])
transposed = []
for i in range(4):
    transposed.append([row[i] for row in matrix])
print(transposed)
print(list(zip(*matrix)))

a = [-1, 1, 66.25, 333, 333, 1234.5]
del a[0]
print(a)
del a[2:4]
print(a)
del a[:]
print(a)
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)

t = 12345, 54321, 'hello!'
print(t[0], t)
u = t, (1, 2, 3, 4, 5)
print(u)
try:
    t[0] = 88888
except TypeError as e:
    print("TypeError:", e)
v = ([1, 2, 3], [3, 2, 1])
v[0].append(99)
print(v)
empty = ()
singleton = 'hello',
print(len(empty), len(singleton), singleton)
x, y, z = t
print(x, y, z)

basket = ['apple', 'orange', 'apple', 'pear', 'orange', 'banana']
print(sorted(set(basket)))
print('orange' in set(basket), 'crabgrass' in set(basket))
a = set('abracadabra')
b = set('alacazam')
print(sorted(a), sorted(a - b), sorted(a | b), sorted(a & b), sorted(a ^ b))
print(sorted({x for x in 'abracadabra' if x not in 'abc'}))

tel = {'jack': 4098, 'sape': 4139}
tel['guido'] = 4127
print(tel, tel['jack'])
del tel['sape']
tel['irv'] = 4127
print(tel, list(tel), sorted(tel))
print('guido' in tel, 'jack' not in tel)
print(dict([('sape', 4139), ('guido', 4127), ('jack', 4098)]))
print({x: x**2 for x in (2, 4, 6)})
print(dict(sape=4139, guido=4127, jack=4098))

knights = {'gallahad': 'the pure', 'robin': 'the brave'}
for k, v in knights.items():
    print(k, v)
for i, v in enumerate(['tic', 'tac', 'toe']):
    print(i, v)
questions = ['name', 'quest', 'favorite color']
answers = ['lancelot', 'the holy grail', 'blue']
for q, a in zip(questions, answers):
    print('What is your {0}?  It is {1}.'.format(q, a))
for i in reversed(range(1, 10, 2)):
    print(i, end=' ')
print()
for i in sorted(basket):
    print(i, end=' ')
print()
for f in sorted(set(basket)):
    print(f, end=' ')
print()

import math
raw_data = [56.2, float('NaN'), 51.7, 55.3, 52.5, float('NaN'), 47.8]
filtered_data = []
for value in raw_data:
    if not math.isnan(value):
        filtered_data.append(value)
print(filtered_data)

string1, string2, string3 = '', 'Trondheim', 'Hammer Dance'
non_null = string1 or string2 or string3
print(non_null)

print((1, 2, 3) < (1, 2, 4), [1, 2, 3] < [1, 2, 4], 'ABC' < 'C' < 'Pascal' < 'Python')
print((1, 2, 3, 4) < (1, 2, 4), (1, 2) < (1, 2, -1), (1, 2, 3) == (1.0, 2.0, 3.0))
print((1, 2, ('aa', 'ab')) < (1, 2, ('abc', 'a'), 4))
try:
    print((1, 'a') < (1, 2))
except TypeError as e:
    print("TypeError:", e)
