# Numbers: ints of any size, float reprs, and the non-standard NaN and Infinity.
import json

numbers = [0, -7, 2**70, 0.1, 1/3, 1e16, 1.5e-7, -0.0, 100.0, float("inf"), float("-inf")]
text = json.dumps(numbers)
print(text)
print(json.loads(text))
print(json.loads("[1, 1.0, 1e2, 1E-2, -0, -0.5, 12345678901234567890]"))
print(json.loads("NaN"), json.loads("-Infinity"))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
