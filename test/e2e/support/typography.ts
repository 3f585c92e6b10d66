import type { Locator, Page } from '@playwright/test';
import * as lieuxMediation from '../../../shared/vocabularies/lieuxMediation';

/** What the check reads of an element in the page (the tests' TypeScript project has no DOM types). */
interface Labelled {
  getAttribute(name: string): string | null;
}

/** An ordinary space where French typography wants a no-break one: before « : ; ? ! », after « and before ». */
const FAULT = / [:;?!»]|« /;
/** The same, with up to 30 characters before it and 10 after, to say where it is. */
const FAULT_IN_CONTEXT = /.{0,30}(?: [:;?!»]|« ).{0,10}/g;

/** The national standard's values, shown as the standard writes them (« Formé à « Mon Espace Santé » »). */
const STANDARD_VALUES: readonly string[] = (Object.values(lieuxMediation) as unknown[])
  .filter((value): value is unknown[] => Array.isArray(value))
  .flat()
  .filter((value): value is string => typeof value === 'string' && FAULT.test(value));

/**
 * The French punctuation written after an ordinary space (it needs a no-break one), with its context: in the visible
 * text of `within` (the screen's `main` unless told), and, when `attributes` is set, in the tooltips, placeholders
 * and accessible labels (`title`, `placeholder`, `aria-label`) of the elements inside it.
 *
 * `userText` lists what a user typed or a fixture file brought that the screen shows back (an actor's name, a
 * note): it is the user's typography, not ours, so it is blanked out before the check; so are the national
 * standard's values, which are written byte for byte as the standard writes them.
 */
export async function typographyFaults(
  page: Page,
  within: Locator = page.locator('main'),
  { attributes = false, userText = [] }: { attributes?: boolean; userText?: readonly string[] } = {},
): Promise<string[]> {
  let text = await within.innerText();
  if (attributes)
    text += `\n${(
      await within.evaluate((root: Labelled & { querySelectorAll(selector: string): ArrayLike<Labelled> }) =>
        [root, ...Array.from(root.querySelectorAll('[title], [placeholder], [aria-label]'))]
          .flatMap((element) =>
            ['title', 'placeholder', 'aria-label'].map((name) => element.getAttribute(name) ?? ''),
          )
          .filter(Boolean),
      )
    ).join('\n')}`;
  for (const typed of [...STANDARD_VALUES, ...userText]) if (typed) text = text.split(typed).join('');
  return [...text.matchAll(FAULT_IN_CONTEXT)].map((match) => match[0]);
}
