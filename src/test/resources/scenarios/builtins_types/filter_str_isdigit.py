# filter(str.isdigit, xs) keeps the digit strings
xs = ["12", "a1", "7", "", "x"]
print(list(filter(str.isdigit, xs)))
print(list(filter(str.isalpha, xs)))
