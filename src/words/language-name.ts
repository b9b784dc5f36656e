import { primaryLanguage } from '../i18n/index.js';

/** "Welsh" for cy, "English" for en-GB: how the tool's messages (in English) name a language. */
export function englishLanguageName(tag: string): string {
  try {
    return new Intl.DisplayNames('en', { type: 'language' }).of(primaryLanguage(tag)) ?? tag;
  } catch {
    return tag;
  }
}

/** A language's name in that language, capitalised as a label: "Cymraeg", "Français", "English" (not "British English"). */
export function ownLanguageName(tag: string): string {
  let name = tag;
  try {
    name = new Intl.DisplayNames([tag], { type: 'language' }).of(primaryLanguage(tag)) ?? tag;
  } catch {
    // Not a tag Intl knows: the tag itself.
  }
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}
