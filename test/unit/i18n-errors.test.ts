import { describe, expect, it } from 'vitest';
import { budgetRefusal } from '../../src/core/budget/refusal.ts';
import { nameList, orList } from '../../src/core/error-lists.ts';
import { asReelbotError, ErrorCode, ProviderError, sentenceFor } from '../../src/core/errors.ts';
import { CATALOGS, MESSAGE_KEYS, type MessageKey } from '../../src/core/i18n/catalogs.ts';
import { ElementType, type MessageFormatElement, parseMessage } from '../../src/core/i18n/icu.ts';
import { LANGUAGES } from '../../src/core/i18n/locales.ts';
import { type MessageValues, msg } from '../../src/core/i18n/message.ts';
import { english, translator } from '../../src/core/i18n/translator.ts';
import { finalFailure, redactFailure } from '../../src/core/render/final-failure.ts';
import { PROVIDER_MESSAGES } from '../../src/providers/shared/messages.ts';

/** Issue 18, errors domain: refusals and failures a member reads, in the reader's language. */

const ERROR_KEYS = MESSAGE_KEYS.filter((key) => key.startsWith('error.'));
const TRANSLATED = LANGUAGES.filter((l) => l !== 'en');

/** Values for every argument a message takes: numbers for plurals and numbers, a date, a select's first branch. */
function sampleValues(elements: MessageFormatElement[], values: Record<string, string | number | Date> = {}) {
  for (const element of elements) {
    switch (element.type) {
      case ElementType.argument:
        values[element.value] ??= `«${element.value}»`;
        break;
      case ElementType.number:
      case ElementType.plural:
        values[element.value] = 3;
        break;
      case ElementType.date:
        values[element.value] = new Date(Date.UTC(2026, 10, 1));
        break;
      case ElementType.select:
        values[element.value] = Object.keys(element.options)[0]!;
        break;
    }
    if (element.type === ElementType.plural || element.type === ElementType.select)
      for (const option of Object.values(element.options)) sampleValues(option.value, values);
  }
  return values;
}

/** Keys whose message is the same words in a language by design: separators, unit symbols, and a word French shares. */
const SAME_AS_ENGLISH: Readonly<Record<string, readonly MessageKey[]>> = {
  es: [
    'error.list.series',
    'error.budget.wait.minutes',
    'error.budget.wait.hours',
    'error.budget.wait.hoursMinutes',
  ],
  'pt-BR': [
    'error.list.series',
    'error.budget.wait.minutes',
    'error.budget.wait.hours',
    'error.budget.wait.hoursMinutes',
  ],
  de: [
    'error.list.series',
    'error.budget.wait.minutes',
    'error.budget.wait.hours',
    'error.budget.wait.hoursMinutes',
  ],
  fr: [
    'error.moderation.category.violence',
    'error.list.series',
    'error.budget.wait.minutes',
    'error.budget.wait.hours',
    'error.budget.wait.hoursMinutes',
    'error.download.minutes',
  ],
  ja: [],
};

describe('the errors catalog', () => {
  it('has the sentences the core, providers and media raise', () => {
    expect(ERROR_KEYS.length).toBeGreaterThan(130);
  });

  it.each(TRANSLATED)('renders every error message in %s, none of them the English text', (locale) => {
    const t = translator(locale);
    const en = translator('en');
    const same: string[] = [];
    for (const key of ERROR_KEYS) {
      const values = sampleValues(parseMessage(CATALOGS.en[key]));
      const text = t(key, values);
      expect(text.trim().length, `${locale} ${key}`).toBeGreaterThan(0);
      if (text === en(key, values)) same.push(key);
    }
    expect(same.sort()).toEqual([...(SAME_AS_ENGLISH[locale] ?? [])].sort());
  });

  it('renders a sample of refusals in each language, outside words kept as they are', () => {
    const samples = {
      es: 'Tu prompt nombra a Ada y Bob, que no aceptaron aparecer en clips aquí.',
      'pt-BR': 'Seu prompt cita Ada e Bob, que não aceitaram aparecer em clipes aqui.',
      de: 'Dein Prompt nennt Ada und Bob; diese Personen haben nicht zugestimmt, hier in Clips vorzukommen.',
      fr: 'Votre prompt nomme Ada et Bob, qui n’ont pas accepté d’apparaître dans des clips ici.',
      ja: 'プロンプトにAdaとBobが含まれていますが、ここでクリップに登場することに同意していません。',
    } as const;
    const refusal = msg('error.consent.appear', {
      names: nameList(['Ada', 'Bob']),
      count: 2,
      command: 'sora',
    });
    expect(english(refusal)).toBe(
      'Your prompt names Ada and Bob, who have not agreed to appear in clips here. Members opt in with /sora consent on; until then, leave their names out.',
    );
    for (const [locale, start] of Object.entries(samples))
      expect(translator(locale as keyof typeof samples)(refusal.key, refusal.values)).toContain(start);

    // Lists join in the reader's words: "a, b or c" / "a, b oder c" / "aまたはb".
    const lengths = orList(['4', '8', '12']);
    const duration = msg('error.clip.duration', { model: 'Sora 2', durations: lengths, duration: 5 });
    expect(english(duration)).toBe(
      'Sora 2 makes 4, 8 or 12 second clips; you asked for 5. Pick one of those lengths.',
    );
    expect(translator('de')(duration.key, duration.values)).toBe(
      'Sora 2 erstellt Clips mit 4, 8 oder 12 Sekunden; du wolltest 5. Wähl eine dieser Längen.',
    );
    expect(translator('ja')(duration.key, duration.values)).toContain('4、8または12秒');
    expect(english(nameList(['Ada', 'Bob', 'Cy', 'Di']))).toBe('Ada, Bob and 2 others');
    expect(translator('fr')('error.list.andOthers', { a: 'Ada', b: 'Bob', others: 2 })).toBe(
      'Ada, Bob et 2 autres personnes',
    );
  });

  it('formats numbers inside refusals for the reader', () => {
    const big = msg('error.image.tooManyBytes', { mib: 12.25 });
    expect(english(big)).toBe('That picture is 12.3 MiB; send one of at most 10 MiB.');
    expect(translator('de')(big.key, big.values)).toBe(
      'Dieses Bild hat 12,3 MiB; schick eins mit höchstens 10 MiB.',
    );
    expect(translator('fr')(big.key, big.values)).toContain('12,3 Mio');
  });

  it('keeps a provider’s own words as they are, and an internal failure in the reader’s language', () => {
    const rejected = new ProviderError(
      ErrorCode.ProviderRejected,
      msg('error.provider.rejected', { reason: 'duration must be one of 4, 8, 12' }),
    );
    expect(rejected.userMessage).toBe(
      'The video service rejected this request: duration must be one of 4, 8, 12',
    );
    expect(sentenceFor(rejected, translator('es'))).toBe(
      'El servicio de video rechazó esta solicitud: duration must be one of 4, 8, 12',
    );
    const internal = asReelbotError(new Error('boom'));
    expect(internal.userMessage).toBe('Something went wrong on our side; please try again.');
    expect(sentenceFor(internal, translator('ja'))).toBe(
      'こちら側で問題が発生しました。もう一度お試しください。',
    );
  });
});

describe('a clip’s final failure', () => {
  it('keeps a given-up sentence as a Message on failure.text, English on failure.message', () => {
    const failure = finalFailure(
      new ProviderError(ErrorCode.ProviderRateLimited, PROVIDER_MESSAGES.rateLimited, { retryable: true }),
    );
    expect(failure).toEqual({
      code: ErrorCode.ProviderRateLimited,
      message:
        'The video service stayed busy through every retry, so this clip was stopped. Nothing was charged; try again later.',
      text: msg('error.givenUp.rateLimited'),
    });
    expect(translator('de')(failure.text!.key)).toMatch(
      /^Der Videodienst war bei jedem neuen Versuch ausgelastet/,
    );
    // A final error keeps its own sentence, as a Message too.
    expect(finalFailure(new ProviderError(ErrorCode.ProviderAuth, PROVIDER_MESSAGES.auth)).text).toEqual(
      PROVIDER_MESSAGES.auth,
    );
    // Outside text has no Message: shown as it is.
    expect(finalFailure(new ProviderError(ErrorCode.ProviderRejected, 'raw words'))).toEqual({
      code: ErrorCode.ProviderRejected,
      message: 'raw words',
    });
  });

  it('is redacted in its English and in every outside value of its Message, at any depth', () => {
    const secret = 'sk-live-0123456789';
    const redact = (text: string) => text.replaceAll(secret, '[redacted]');
    const why = msg('error.provider.couldNotMake', { reason: `key ${secret} refused` });
    const failure = finalFailure(
      new ProviderError(ErrorCode.RenderFailed, msg('error.story.shotFailed', { index: 1, count: 2, why })),
    );
    const stored = redactFailure(failure, redact);
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(stored.message).toBe(
      'Shot 1 of 2 failed: The video service could not make this clip: key [redacted] refused',
    );
    const t = translator('fr');
    expect(t(stored.text!.key, stored.text!.values as MessageValues)).toBe(
      'Le plan 1 sur 2 a échoué : Le service vidéo n’a pas pu faire ce clip : key [redacted] refused',
    );
  });
});

/** Intl puts a no-break space (U+00A0) or narrow one (U+202F) between an amount and its sign: read them as spaces. */
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('a budget refusal', () => {
  // 22:00 UTC on October 20: two hours to the day's reset, 11 days and 2 hours to the month's.
  const now = Date.UTC(2026, 9, 20, 22, 0);
  const clip = { cents: 800, seconds: 8 };

  it('says the monthly budget in English as before, money and the reset date formatted for each reader', () => {
    const error = budgetRefusal(
      { admitted: false, limit: 'workspaceMonthly', used: 1250, max: 2000 },
      clip,
      now,
    );
    expect(error.code).toBe(ErrorCode.BudgetExceeded);
    expect(error.userMessage).toBe(
      'The monthly video budget here is $20.00, and $12.50 of it is spent or held for clips in progress; this clip costs $8.00. A cheaper clip may still fit ($7.50 left). It resets on November 1 (UTC), in 12 days.',
    );
    const de = spaced(sentenceFor(error, translator('de')));
    expect(de).toContain('20,00 $');
    expect(de).toContain('12,50 $');
    expect(de).toContain('(7,50 $ übrig)');
    expect(de).toContain('am 1. November (UTC) zurückgesetzt, in 12 Tagen.');
    const fr = spaced(sentenceFor(error, translator('fr')));
    expect(fr).toContain('12,50 $US');
    expect(fr).toContain('le 1 novembre (UTC), dans 12 jours.');
    const es = spaced(sentenceFor(error, translator('es')));
    expect(es).toContain('12,50 US$');
    expect(es).toContain('el 1 de noviembre (UTC), dentro de 12 días.');
    const pt = spaced(sentenceFor(error, translator('pt-BR')));
    expect(pt).toContain('US$ 12,50');
    expect(pt).toContain('em 1 de novembro (UTC), daqui a 12 dias.');
    const ja = spaced(sentenceFor(error, translator('ja')));
    expect(ja).toContain('$12.50');
    expect(ja).toContain('11月1日（UTC）、あと12日でリセットされます。');
  });

  it('says the daily budget and the member limits with the wait in each reader’s words', () => {
    const daily = budgetRefusal(
      { admitted: false, limit: 'workspaceDaily', used: 2000, max: 2000 },
      clip,
      now - 5_400_000,
    );
    expect(daily.userMessage).toBe(
      'The daily video budget here is $20.00, and $20.00 of it is spent or held for clips in progress; this clip costs $8.00. It resets at midnight UTC, in 3 h 30 min.',
    );
    expect(spaced(sentenceFor(daily, translator('de')))).toContain(
      'Mitternacht UTC zurückgesetzt, in 3 h 30 min.',
    );
    expect(sentenceFor(daily, translator('ja'))).toContain('UTCの午前0時（あと3時間30分）');
    expect(sentenceFor(daily, translator('ja'))).not.toContain('A cheaper clip');

    const clips = budgetRefusal({ admitted: false, limit: 'memberDailyClips', used: 1, max: 1 }, clip, now);
    expect(clips.userMessage).toBe(
      'You have made 1 clip today, the daily limit per member here. It resets at midnight UTC, in 2 h.',
    );
    expect(sentenceFor(clips, translator('es'))).toBe(
      'Hoy has hecho 1 clip, el límite diario por miembro aquí. Se reinicia a medianoche UTC, dentro de 2 h.',
    );
    const seconds = budgetRefusal(
      { admitted: false, limit: 'memberDailySeconds', used: 56, max: 60 },
      clip,
      now,
    );
    expect(seconds.userMessage).toBe(
      'This 8-second clip would take you past 60 seconds of video today; you have 4 s left. Try a shorter clip, or wait until midnight UTC, in 2 h.',
    );
    expect(sentenceFor(seconds, translator('fr'))).toContain('il vous reste 4 s');
    const active = budgetRefusal({ admitted: false, limit: 'memberMaxActive', used: 3, max: 3 }, clip, now);
    expect(active.userMessage).toMatch(/^You already have 3 clips waiting or rendering/);
    expect(sentenceFor(active, translator('pt-BR'))).toMatch(/^Você já tem 3 clipes na fila/);
  });
});
