import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';
import { ToolError } from '../errors.js';
import { PACKAGE_ROOT } from '../util/package-root.js';

export const TEMPLATES_DIR = join(PACKAGE_ROOT, 'templates');

export interface Template {
  name: string;
  /** The folder the template was read from: what --watch watches. */
  folder: string;
  page: string;
  screenCss: string;
  printCss: string;
}

/**
 * A template is a folder with page.html (elements marked data-slot="..." receive the content)
 * and optionally screen.css and print.css (the default template's are used where missing).
 * `--template` takes a name from templates/ or a folder path.
 */
export async function loadTemplate(nameOrFolder: string, cwd: string, fallback = 'charter'): Promise<Template> {
  const folder = await templateFolder(nameOrFolder, cwd);
  if (!(await isFolder(folder))) {
    throw new ToolError(`template "${nameOrFolder}" not found: give a folder holding page.html, or one of the built-in templates`);
  }
  const read = async (file: string, required: boolean): Promise<string | undefined> => {
    try {
      return await readFile(join(folder, file), 'utf8');
    } catch {
      if (required) throw new ToolError(`template "${nameOrFolder}" has no ${file}`);
      return undefined;
    }
  };
  const defaults = join(TEMPLATES_DIR, fallback);
  const page = (await read('page.html', false)) ?? (await readFile(join(defaults, 'page.html'), 'utf8'));
  const screenCss = (await read('screen.css', false)) ?? (await readFile(join(defaults, 'screen.css'), 'utf8'));
  const printCss = (await read('print.css', false)) ?? (await readFile(join(defaults, 'print.css'), 'utf8'));
  return { name: nameOrFolder, folder, page, screenCss, printCss };
}

/** Where `--template` points: a built-in template of that name, else a folder relative to cwd. */
export async function templateFolder(nameOrFolder: string, cwd: string): Promise<string> {
  const builtIn = /^[a-z0-9-]+$/.test(nameOrFolder) ? join(TEMPLATES_DIR, nameOrFolder) : undefined;
  if (builtIn && (await isFolder(builtIn))) return builtIn;
  return isAbsolute(nameOrFolder) ? nameOrFolder : resolve(cwd, nameOrFolder);
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

export interface Slots {
  /** Replaces the children of the element with data-slot="name". */
  content: Record<string, ElementContent[]>;
  /** Sets attributes on slotted elements: { description: { content: '...' } }. */
  attributes?: Record<string, Record<string, string>>;
  lang: string;
  /** Raw CSS for the <style data-slot="style"> element (ours, never user text). */
  css: string;
}

/**
 * Fills the template's slots with trees. Everything user-written arrives as HAST text nodes or
 * sanitised elements, and is escaped when the tree is serialised: no string concatenation.
 */
export function fillTemplate(page: string, slots: Slots): string {
  const tree = fromHtml(page) as Root;
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'html') node.properties.lang = slots.lang;
    const slot = node.properties.dataSlot;
    if (typeof slot !== 'string') return;
    delete node.properties.dataSlot;
    if (slot === 'style') {
      node.children = [{ type: 'text', value: slots.css }];
      return SKIP;
    }
    const attributes = slots.attributes?.[slot];
    if (attributes) Object.assign(node.properties, attributes);
    const content = slots.content[slot];
    if (!content) return undefined;
    node.children = content;
    // The content is ours, rendered whole: not walked again for slots (for a charter with years
    // of results, thousands of table cells: its build 0.96x without that walk).
    return SKIP;
  });
  return toHtml(tree, { allowDangerousCharacters: false, upperDoctype: false });
}
