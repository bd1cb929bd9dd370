# fmean is always a float; with weights it is a weighted average (course grade from components).
import statistics as st

components = [82, 90, 75]
weights = [0.5, 0.3, 0.2]
print(st.fmean(components), st.fmean(components, weights))
print(st.fmean(x / 2 for x in range(5)), st.mean(x / 2 for x in range(5)))
try:
    st.fmean([1, 2], [1])
except st.StatisticsError as e:
    print(e)
try:
    st.fmean([1, 2], [1, -1])
except st.StatisticsError as e:
    print(e)
