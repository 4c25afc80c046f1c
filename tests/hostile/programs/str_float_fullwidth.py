# Probe: float() and int() accept full-width and other Unicode digits.
print(float('１.５'))
print(int('１２３'), int('٤٢'))
