# Input and Output chapter: the ways of formatting output side by side.
year = 2016
event = 'Referendum'
print(f'Results of the {year} {event}')
yes_votes = 42_572_654
total_votes = 85_705_149
percentage = yes_votes / total_votes
print('{:-9} YES votes  {:2.2%}'.format(yes_votes, percentage))

s = 'Hello, world.'
print(str(s), repr(s))
print(str(1/7))
x = 10 * 3.25
y = 200 * 200
s = 'The value of x is ' + repr(x) + ', and y is ' + repr(y) + '...'
print(s)
hello = 'hello, world\n'
hellos = repr(hello)
print(hellos)
print(repr((x, y, ('spam', 'eggs'))))

import math
print(f'The value of pi is approximately {math.pi:.3f}.')
table = {'Sjoerd': 4127, 'Jack': 4098, 'Dcab': 7678}
for name, phone in table.items():
    print(f'{name:10} ==> {phone:10d}')
animals = 'eels'
print(f'My hovercraft is full of {animals}.')
print(f'My hovercraft is full of {animals!r}.')
bugs = 'roaches'
count = 13
area = 'living room'
print(f'Debugging {bugs=} {count=} {area=}')

print('We are the {} who say "{}!"'.format('knights', 'Ni'))
print('{0} and {1}'.format('spam', 'eggs'))
print('{1} and {0}'.format('spam', 'eggs'))
print('This {food} is {adjective}.'.format(food='spam', adjective='absolutely horrible'))
print('The story of {0}, {1}, and {other}.'.format('Bill', 'Manfred', other='Georg'))
print('Jack: {0[Jack]:d}; Sjoerd: {0[Sjoerd]:d}; Dcab: {0[Dcab]:d}'.format(table))
print('Jack: {Jack:d}; Sjoerd: {Sjoerd:d}; Dcab: {Dcab:d}'.format(**table))

for x in range(1, 11):
    print('{0:2d} {1:3d} {2:4d}'.format(x, x*x, x*x*x))
for x in range(1, 11):
    print(repr(x).rjust(2), repr(x*x).rjust(3), end=' ')
    print(repr(x*x*x).rjust(4))
print('12'.zfill(5), '-3.14'.zfill(7), '3.14159265359'.zfill(5))
print('The value of pi is approximately %5.3f.' % math.pi)
print('%-10s|%5d|%08.3f|%x|%o|%e|%r' % ('left', 42, 2.5, 255, 8, 12345.678, 'q'))

rows = [("apples", 3, 0.5), ("pears", 12, 0.35), ("kiwis", 140, 0.08)]
print(f"{'item':<8}{'qty':>5}{'price':>8}{'total':>9}")
print("-" * 30)
grand = 0
for item, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{item:<8}{qty:>5}{price:>8.2f}{total:>9.2f}")
print(f"{'':<8}{'':>5}{'sum':>8}{grand:>9.2f}")
print(f"{grand:=^30,.3f}")
print(f"{1234567.891:,.2f} {0.000123:.2e} {42:#b} {42:#o} {255:#X} {-7:+d} {7:+d} {7: d}")
print(f"{'ab':*>6}|{'ab':*<6}|{'ab':*^7}|{3.5:10.3g}|{12345678.9:g}|{1e-7:g}")
print(format(3.14159, '.2f'), format(1234, ','), format('x', '^5'), format(10, 'b'))
for value in (0, 1, -1, 0.5, 1e16, float('inf'), float('-nan')):
    print(f"{value!r:>8} {value!s:>8} {str(value):>8}")
width, precision = 12, 4
print(f"result: {math.e:{width}.{precision}}")
print("{:{w}.{p}f}|".format(math.tau, w=width, p=precision))
print("{!r:^20}|{!s:^20}|".format("quoted", "plain"))
