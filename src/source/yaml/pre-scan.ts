import { YAML_LIMITS } from './limits.js';

export interface PreScanProblem {
  offset: number;
  message: string;
}

/**
 * A cheap lexical pass that refuses pathological nesting before the parser sees it: the `yaml`
 * parser's memory grows with nesting, and five megabytes of "[" exhaust the heap. It tracks flow
 * brackets outside quotes and comments, and the indentation of each line. Real nesting is
 * measured exactly after parsing; this only has to stop what would be too costly to parse.
 */
export function preScan(source: string): PreScanProblem | undefined {
  let flowDepth = 0;
  let quote: '"' | "'" | undefined;
  let atLineStart = true;
  let indent = 0;
  let previous = '\n';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) {
        if (quote === "'" && source[i + 1] === "'") i++;
        else quote = undefined;
      }
      continue;
    }
    if (ch === '\n') {
      atLineStart = true;
      indent = 0;
      previous = ch;
      continue;
    }
    if (atLineStart) {
      if (ch === ' ' || ch === '\t' || ((ch === '-' || ch === '?' || ch === ':') && isBlank(source[i + 1]))) {
        indent++;
        if (indent > YAML_LIMITS.maxIndent) {
          return { offset: i, message: `nesting is deeper than ${YAML_LIMITS.maxDepth} levels` };
        }
        previous = ch;
        continue;
      }
      atLineStart = false;
    }
    if (ch === '#' && isBlank(previous)) {
      const end = source.indexOf('\n', i);
      if (end === -1) break;
      i = end - 1;
      continue;
    }
    if ((ch === '"' || ch === "'") && (flowDepth > 0 || isBlank(previous) || previous === ':' || previous === ',' || previous === '[' || previous === '{')) {
      quote = ch;
    } else if (ch === '[' || ch === '{') {
      flowDepth++;
      if (flowDepth > YAML_LIMITS.maxDepth) {
        return { offset: i, message: `nesting is deeper than ${YAML_LIMITS.maxDepth} levels` };
      }
    } else if ((ch === ']' || ch === '}') && flowDepth > 0) {
      flowDepth--;
    }
    previous = ch;
  }
  return undefined;
}

function isBlank(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}
