import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from '../diagnostics.js';
import { OTHER_RULES } from '../rule-ids.js';
import { RULES } from '../rules/index.js';
import { PACKAGE_INFO, type PackageInfo } from '../util/package-info.js';
import type { ReportOptions } from './types.js';

/** Where each rule is documented, relative to the root of charter's repository (and of its npm package). */
export const RULES_DOC = 'docs/rules.md';

/**
 * SARIF 2.1.0, for code scanning (github/codeql-action/upload-sarif) and SARIF viewers: one run,
 * one result per problem, the tool's rules, and the tool failures of an exit 2 as tool execution
 * notifications (code scanning refuses a result without a location, so they cannot be results).
 */
export function sarif(diagnostics: readonly Diagnostic[], options: ReportOptions): string {
  return sarifLog(diagnostics, options, PACKAGE_INFO);
}

/** The same, for a given package.json (the tests give one with a repository). */
export function sarifLog(diagnostics: readonly Diagnostic[], options: ReportOptions, tool: PackageInfo): string {
  const rules = ruleDescriptors(tool);
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const failures = options.failures ?? [];
  const results = diagnostics.map((d) => {
    const index = ruleIndex.get(d.rule);
    return {
      ruleId: d.rule,
      ...(index === undefined ? {} : { ruleIndex: index }),
      level: d.severity === 'error' ? 'error' : 'warning',
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(d.file),
            region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
          },
        },
      ],
    };
  });
  const repository = repositoryWebUrl(tool.repository);
  const informationUri = tool.homepage && /^https?:\/\//.test(tool.homepage) ? tool.homepage : repository;
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'charter', version: tool.version, ...(informationUri ? { informationUri } : {}), rules } },
        invocations: [
          failures.length === 0
            ? { executionSuccessful: true }
            : { executionSuccessful: false, toolExecutionNotifications: failures.map((text) => ({ level: 'error', message: { text } })) },
        ],
        ...(options.cwd ? { originalUriBaseIds: { '%SRCROOT%': { uri: folderUri(options.cwd) } } } : {}),
        results,
        // Lines and columns come from JavaScript strings (the yaml package, remark): UTF-16 code units.
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** One reportingDescriptor per rule id, in the README's order; GitHub shows the descriptions and help.markdown. */
function ruleDescriptors(tool: PackageInfo) {
  const repository = repositoryWebUrl(tool.repository);
  return [...RULES, ...OTHER_RULES].map(({ id, description }) => {
    const where = `${RULES_DOC}#${id}`;
    const plain = description.replace(/`/g, '');
    const stop = (text: string) => (text.endsWith('.') ? text : `${text}.`);
    return {
      id,
      shortDescription: { text: plain },
      fullDescription: { text: plain },
      help: {
        text: `${stop(plain)} See ${where} in charter's documentation (version ${tool.version}).`,
        markdown: `${stop(description)}\n\nSee \`${where}\` in charter's documentation (version ${tool.version}).`,
      },
      // SARIF wants an absolute URI here, so only once package.json says where the repository is.
      ...(repository ? { helpUri: `${repository}/blob/HEAD/${where}` } : {}),
    };
  });
}

/**
 * A diagnostic's file as a SARIF artifact location: a path relative to the working folder is a
 * URI reference against %SRCROOT% (each segment percent-encoded); any other is a file: URI.
 */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const path = file.split('\\').join('/');
  if (isAbsolute(file) || /^[A-Za-z]:\//.test(path)) return { uri: pathToFileURL(file).href };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function folderUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** The repository's web address from package.json's `repository` (GitHub's forms only), or undefined. */
export function repositoryWebUrl(repository: PackageInfo['repository']): string | undefined {
  const url = typeof repository === 'string' ? repository : repository?.url;
  if (!url) return undefined;
  const match =
    /^(?:git\+)?(?:https?|git|ssh):\/\/(?:git@)?(?:www\.)?github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url) ??
    /^git@github\.com:([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(url) ??
    /^(?:github:)?([\w.-]+)\/([\w.-]+)$/.exec(url);
  return match ? `https://github.com/${match[1]}/${match[2]}` : undefined;
}
