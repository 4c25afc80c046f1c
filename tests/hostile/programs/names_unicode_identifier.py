# Probe: non-ASCII identifiers work and are NFKC-normalised.
café = 1
名前 = 'name'
ﬁle = 'ligature'
print(café, 名前, file)
