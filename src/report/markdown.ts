/**
 * User text made safe for one cell of a Markdown table that GitHub renders (a pull-request comment,
 * a job summary): it cannot end the row or the cell, open a comment or a tag, or start emphasis,
 * a link or code. Line breaks become spaces, HTML's specials become entities, and Markdown's
 * punctuation is backslash-escaped.
 */
export function escapeTableCell(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_[\]|<>&]/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[ch] ?? `\\${ch}`);
}
