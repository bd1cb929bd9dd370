from collections import deque

def is_palindrome(text):
    chars = deque(c.lower() for c in text if c.isalnum())
    while len(chars) > 1:
        if chars.popleft() != chars.pop():
            return False
    return True

for phrase in ["A man, a plan, a canal: Panama", "Never odd or even", "Python"]:
    print(f"{phrase!r}: {is_palindrome(phrase)}")

def sliding_max(values, k):
    window = deque()
    out = []
    for i, v in enumerate(values):
        while window and values[window[-1]] <= v:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()
        if i >= k - 1:
            out.append(values[window[0]])
    return out

print(sliding_max([1, 3, -1, -3, 5, 3, 6, 7], 3))

recent = deque(maxlen=3)
for page in ["home", "about", "blog", "post-1", "contact"]:
    recent.append(page)
    print(f"visited {page:8} recent={list(recent)}")
print(recent, recent.maxlen)

d = deque(range(1, 8))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.extendleft("ab")
print(d, d.count(3), d.index(5))
d.remove("a")
print(len(d), d[0], d[-1])

def josephus(n, step):
    people = deque(range(1, n + 1))
    order = []
    while people:
        people.rotate(-(step - 1))
        order.append(people.popleft())
    return order

print("elimination:", josephus(7, 3))
print("survivor of 41/3:", josephus(41, 3)[-1])
