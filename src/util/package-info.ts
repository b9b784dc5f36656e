import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from './package-root.js';

/** What charter's package.json says about charter itself: `--version`, and the tool named in a SARIF log. */
export interface PackageInfo {
  version: string;
  /** The project's web page, when package.json has one. */
  homepage?: string;
  /** Where the source is: a URL, `github:owner/name`, `owner/name`, or `{ type, url }` (npm's forms). */
  repository?: string | { type?: string; url?: string };
}

export const PACKAGE_INFO: PackageInfo = (() => {
  const parsed = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as PackageInfo;
  return Object.freeze({
    version: parsed.version,
    ...(parsed.homepage ? { homepage: parsed.homepage } : {}),
    ...(parsed.repository ? { repository: parsed.repository } : {}),
  });
})();
