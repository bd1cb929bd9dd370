def double_all(numbers):
    for i in range(len(numbers)):
        numbers[i] *= 2

def double_copy(numbers):
    return [n * 2 for n in numbers]

def reassign(numbers):
    numbers = [0]
    return numbers

nums = [1, 2, 3]
double_all(nums)
print("mutated in place:", nums)
new = double_copy(nums)
print("copy:", new, "original:", nums)
print("reassigned inside:", reassign(nums), "outside:", nums)

def append_to(element, to=[]):
    to.append(element)
    return to

print(append_to(1))
print(append_to(2))
print("default shared:", append_to.__defaults__)

def swap(pair):
    pair[0], pair[1] = pair[1], pair[0]

p = ["left", "right"]
swap(p)
print(p)
t = ("left", "right")
try:
    swap(t)
except TypeError as e:
    print("TypeError:", e)
