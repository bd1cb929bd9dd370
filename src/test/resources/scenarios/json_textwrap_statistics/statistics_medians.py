# median, median_low and median_high of odd and even counts, and of strings.
import statistics as st

for data in ([1, 3, 5], [1, 3, 5, 7], [7, 1, 5, 3, 9, 2], [2.5, 1.0], [4]):
    print(data, st.median(data), st.median_low(data), st.median_high(data))
print(st.median_low(["pear", "apple", "fig", "kiwi"]), st.median_high(["pear", "apple", "fig", "kiwi"]))
try:
    st.median(["pear", "apple"])
except TypeError as e:
    print("TypeError:", e)
print(st.median(range(1, 100, 7)))
