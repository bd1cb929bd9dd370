# Quartiles and deciles of exam marks, with both methods.
import statistics as st

marks = [55, 61, 67, 70, 72, 75, 78, 81, 84, 88, 93]
print(st.quantiles(marks))
print(st.quantiles(marks, n=10))
print(st.quantiles(marks, n=4, method="inclusive"))
print(st.quantiles([1.5, 2.5], n=3), st.quantiles([1, 2], n=2))
q1, q2, q3 = st.quantiles(marks)
print("IQR", q3 - q1, q2 == st.median(marks))
