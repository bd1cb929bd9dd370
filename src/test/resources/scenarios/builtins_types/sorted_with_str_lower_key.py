# key=str.lower sorts case-insensitively with the descriptor as the key function
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words, key=str.lower))
print(max(words, key=str.lower), min(words, key=len))
