# Probe: format width counts code points: f'{s:>4}' with an emoji.
s = '😀'
print(f'[{s:>4}]', f'[{s:<4}]', f'[{s:^5}]', f'[{s:*^5}]')
