counter = 0
def increment():
    global counter
    counter += 1
for _ in range(3):
    increment()
print(counter)
def show():
    print(counter)
show()
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def broken():
    print(counter)
    counter = 5
try:
    broken()
except UnboundLocalError as e:
    print(e)
