import heapq
from collections import Counter


def huffman(text):
    freq = Counter(text)
    heap = [(count, i, ch) for i, (ch, count) in enumerate(sorted(freq.items()))]
    heapq.heapify(heap)
    tiebreak = len(heap)
    if len(heap) == 1:
        return {heap[0][2]: "0"}
    while len(heap) > 1:
        c1, _, left = heapq.heappop(heap)
        c2, _, right = heapq.heappop(heap)
        heapq.heappush(heap, (c1 + c2, tiebreak, (left, right)))
        tiebreak += 1
    codes = {}

    def walk(node, prefix):
        if isinstance(node, str):
            codes[node] = prefix
        else:
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")

    walk(heap[0][2], "")
    return codes


msg = "abracadabra alakazam"
codes = huffman(msg)
for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
    print(repr(ch), codes[ch])
encoded = "".join(codes[c] for c in msg)
print(len(encoded), "bits vs", len(msg) * 8)
decode = {v: k for k, v in codes.items()}
out, buf = [], ""
for bit in encoded:
    buf += bit
    if buf in decode:
        out.append(decode[buf])
        buf = ""
print("".join(out) == msg)
