# Memory model quiz: which functions change the caller's list, and which rebind a local name?
import sys

def append_item(lst, item):
    lst.append(item)

def replace_list(lst):
    lst = [0, 0, 0]
    return id(lst)

def clear_in_place(lst):
    lst[:] = []

def double_each(lst):
    for i in range(len(lst)):
        lst[i] *= 2

def double_copy(lst):
    return [x * 2 for x in lst]

data = [1, 2, 3]
start_id = id(data)
append_item(data, 4)
print("append:", data, id(data) == start_id)
new_id = replace_list(data)
print("replace:", data, new_id == start_id)
double_each(data)
print("double in place:", data)
copy = double_copy(data)
print("double copy:", data, copy, copy is data)
alias = data
clear_in_place(data)
print("cleared:", data, alias, alias is data, id(data) == start_id)
print("refcount:", sys.getrefcount(data))
del alias
print("after del alias:", sys.getrefcount(data))
matrix = [[1, 2], [3, 4]]
shallow = matrix.copy()
shallow[0].append(99)
shallow.append([5])
print(matrix, shallow, shallow[1] is matrix[1])
words = ("keep", ["mutable", "inside"])
words[1].append("tuple")
print(words, len(words))
