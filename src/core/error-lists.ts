import { type Message, type MessageArgument, msg } from './i18n/message.ts';

/**
 * Lists inside refusals, joined in the reader's language: `a, b or c` and `Ada, Bob and 2 others`
 * become nested messages (error.list.*), so each language picks its own words and separators.
 * The items are outside text (model labels, sizes, members' names): passed as they are.
 */

/** `a`, `a or b`, `a, b or c`: one of these. */
export function orList(items: readonly MessageArgument[]): MessageArgument {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return msg('error.list.or', { a: items[0]!, b: items[1]! });
  return msg('error.list.series', { first: items[0]!, rest: orList(items.slice(1)) });
}

/** `Ada`, `Ada and Bob`, `Ada, Bob and Cy`, `Ada, Bob and 2 others`: as consent.ts's nameList says it in English. */
export function nameList(names: readonly string[]): Message | string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2) return msg('error.list.and2', { a: names[0]!, b: names[1]! });
  if (names.length === 3) return msg('error.list.and3', { a: names[0]!, b: names[1]!, c: names[2]! });
  return msg('error.list.andOthers', { a: names[0]!, b: names[1]!, others: names.length - 2 });
}
