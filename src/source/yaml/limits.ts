/** Limits that keep hostile YAML from costing time or memory. Frozen: one place to read them. */
export const YAML_LIMITS = Object.freeze({
  /** Bytes; larger files are refused before they are read. */
  maxFileBytes: 5 * 1024 * 1024,
  /** Collections inside collections. A real charter is about six deep. */
  maxDepth: 64,
  /**
   * The `yaml` package weighs aliases by the size of what they expand to, so this stops an alias
   * bomb before it is expanded, yet allows ordinary anchors for repeated hours or durations.
   */
  maxAliasCount: 100,
  /**
   * Leading indentation (plus "- " indicators) beyond which a line cannot be part of a charter;
   * checked before parsing, because the parser's memory grows with nesting.
   */
  maxIndent: 256,
  /**
   * Characters in a mapping key. Charter keys are short words; the parser already refuses plain keys
   * over 1,024 characters, and this bounds quoted and explicit ("? ...") keys the same way, before
   * they are quoted in a message or turned into object keys.
   */
  maxKeyLength: 1024,
});
