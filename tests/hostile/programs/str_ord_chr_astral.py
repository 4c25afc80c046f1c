# Probe: ord and chr round-trip astral code points.
print(ord('😀'), ord('𝄞'), chr(128512), chr(0x1D11E) == '𝄞')
