def total_price(items):
    subtotal = sum(items)
    tax = subtotal * 0.1
    return subtoal + tax
print(total_price([1, 2, 3]))
