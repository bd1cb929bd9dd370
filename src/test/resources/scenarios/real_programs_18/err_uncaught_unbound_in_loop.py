# UnboundLocalError: a variable assigned only inside a loop that never ran.
def last_even(numbers):
    for n in numbers:
        if n % 2 == 0:
            found = n
    return found

print(last_even([1, 2, 3, 4, 5]))
print(last_even([1, 3, 5]))
