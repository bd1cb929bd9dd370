# maketrans from a dict: str keys become code points, values may be str or None
t = str.maketrans({"a": "AA", "b": None, 99: "C"})
print(t)
print("abcabc".translate(t))
