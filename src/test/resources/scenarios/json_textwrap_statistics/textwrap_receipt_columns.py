# A receipt: item descriptions wrapped into a column beside the prices.
import textwrap

items = [("Large coffee with oat milk and an extra shot of espresso", 4.75),
         ("Croissant", 2.5),
         ("Seasonal fruit salad with mint and honey yoghurt dressing", 6.0)]
total = 0
for description, price in items:
    lines = textwrap.wrap(description, 22)
    print(f"{lines[0]:<22} {price:>6.2f}")
    for more in lines[1:]:
        print(f"  {more}")
    total += price
print("-" * 29)
print(f"{'TOTAL':<22} {total:>6.2f}")
