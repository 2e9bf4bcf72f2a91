// Roman numerals of Phần, Chương and scheme-B Mục headings.
const VALUE: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

export function fromRoman(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const v = VALUE[s[i]];
    n += v < (VALUE[s[i + 1]] ?? 0) ? -v : v;
  }
  return n;
}

export function toRoman(n: number): string {
  const table: [number, string][] = [
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, r] of table) {
    while (n >= v) {
      out += r;
      n -= v;
    }
  }
  return out;
}
