# Probe: casefold folds ß to ss, unlike lower().
print('Straße'.casefold(), 'Straße'.lower())
print('ΣΑΣ'.casefold() == 'σασ'.casefold())
