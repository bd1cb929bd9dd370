from collections import deque, defaultdict, Counter, OrderedDict

history = deque(maxlen=3)
for page in ["home", "about", "blog", "post", "contact"]:
    history.append(page)
print(history, history.maxlen, list(history))
q = deque([1, 2, 3])
q.appendleft(0)
q.rotate(2)
print(q, q.popleft(), q.pop(), q)
q.extendleft([9, 8])
print(q, q.count(9), q.index(8))

text = "the cat and the hat and the bat"
counts = Counter(text.split())
print(counts.most_common(2), counts["the"], counts["dog"])
letters = Counter(c for c in text if c.isalpha())
print(letters.most_common(3))
print(sorted((counts + Counter(cat=2)).items()))

groups = defaultdict(list)
for word in text.split():
    groups[word[0]].append(word)
print(dict(groups))
nums = defaultdict(int)
for ch in "abracadabra":
    nums[ch] += 1
print(sorted(nums.items()), nums.default_factory.__name__)

od = OrderedDict.fromkeys("abc", 0)
od.move_to_end("a")
print(od, list(od))
od.popitem(last=False)
print(od)
