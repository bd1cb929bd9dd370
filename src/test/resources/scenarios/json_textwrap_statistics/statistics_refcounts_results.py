# median_low returns one of the data's own objects; mean makes a new one.
import statistics as st, sys

prices = [1000.5, 2000.25, 3000.75]
low = st.median_low(prices)
print(low is prices[1], sys.getrefcount(prices[1]))
avg = st.mean(prices)
print(avg, avg is prices[1], sys.getrefcount(avg))
modes = st.multimode(["a", "b", "a", "b"])
print(modes, sys.getrefcount(modes), sys.getsizeof(modes))
qs = st.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=5)
print(qs, sys.getsizeof(qs))
