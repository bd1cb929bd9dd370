# title: An error stops the program (NameError)
numbers = [1, 2, 3]
total = sum(numbers)
print(total)
print(totl)
print("never printed")
