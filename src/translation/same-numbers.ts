/**
 * The numbers of a text, as runs of digits: "80%" and "80 %", "6,200" and "6 200", "76.4" and
 * "76,4" all give the same runs, whatever the language's separators. Runs of zeros alone ("9:00"
 * beside "9am") say nothing a promise depends on and are left out.
 */
export function numbersOf(text: string): string[] {
  return (text.match(/\d+/g) ?? []).map((run) => run.replace(/^0+(?=\d)/, '')).filter((run) => !/^0+$/.test(run)).sort();
}

/** The numbers the source has that the translation lacks, and those the translation adds. */
export function differentNumbers(source: string, translation: string): { missing: string[]; extra: string[] } {
  const left = numbersOf(source);
  const right = numbersOf(translation);
  const missing: string[] = [];
  const remaining = [...right];
  for (const n of left) {
    const at = remaining.indexOf(n);
    if (at === -1) missing.push(n);
    else remaining.splice(at, 1);
  }
  return { missing, extra: remaining };
}
