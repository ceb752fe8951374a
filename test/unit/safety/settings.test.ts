import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { toCents } from '../../../src/core/budget/money.ts';
import { ProviderRegistry } from '../../../src/core/providers.ts';
import { effectiveSettings, findSetting } from '../../../src/core/workspace/settings.ts';
import { FakeProvider } from '../../helpers/fake-provider.ts';

const input = {
  providers: new ProviderRegistry([new FakeProvider()]),
  place: { surface: 'discord', workspaceId: 'g1', channelId: '111' },
};
const parse = (name: string, text: string) => findSetting(name)!.parse(text, input);

describe('setting values admins type', () => {
  it('reads budgets in dollars, "off" for no limit and "default" for the operator’s', () => {
    expect(parse('daily_budget', '20')).toBe(2000);
    expect(parse('daily_budget', '$12.5')).toBe(1250);
    expect(parse('monthly_budget', '0.05')).toBe(5);
    expect(parse('daily_budget', 'OFF')).toBeNull();
    expect(parse('daily_budget', 'default')).toBeUndefined();
    for (const bad of ['-1', '1e3', '12.345', 'lots', '2000000']) {
      expect(() => parse('daily_budget', bad)).toThrow(/^Give the daily budget in dollars/);
    }
  });

  it('reads channels as here, ids or the platforms’ channel mentions', () => {
    expect(parse('channels', 'here, <#222> <#C0123ABCD|general> #333')).toEqual([
      '111',
      '222',
      'C0123ABCD',
      '333',
    ]);
    expect(parse('channels', 'all')).toBeUndefined();
    expect(() => parse('channels', '<@123>')).toThrow(/^Name channels as "here"/);
  });

  it('accepts only models and providers that are configured', () => {
    expect(parse('model', 'fake-1')).toBe('fake-1');
    expect(parse('model', 'fake one')).toBe('fake-1');
    expect(() => parse('model', 'sora-3')).toThrow(
      'There is no model called "sora-3". Choose one of: fake-1.',
    );
    expect(parse('provider', 'FAKE')).toBe('fake');
    expect(() => parse('provider', 'fal')).toThrow('Choose a configured provider: fake.');
  });

  it('keeps caps whole and in range, and a vote emoji that cannot be a mention', () => {
    expect(parse('member_max_active', '5')).toBe(5);
    expect(() => parse('member_max_active', '0')).toThrow(/from 1 to 1000/);
    expect(() => parse('rate_limit', 'off')).toThrow(/from 1 to 1000, or "default"/);
    expect(parse('vote_emoji', '🔥')).toBe('🔥');
    expect(parse('vote_emoji', 'thumbsup')).toBe('thumbsup');
    for (const bad of ['<@123>', '@everyone', 'two words', ''])
      expect(() => parse('vote_emoji', bad)).toThrow();
  });

  it('reads the default aspect by name or ratio, landscape unless set', () => {
    expect(parse('aspect', 'Portrait')).toBe('portrait');
    expect(parse('aspect', '1:1')).toBe('square');
    expect(parse('aspect', 'default')).toBeUndefined();
    for (const bad of ['tall', '4:3', ''])
      expect(() => parse('aspect', bad)).toThrow(
        'Give the default aspect as landscape, portrait or square, or "default".',
      );
    expect(effectiveSettings({}, { ratePerMinute: 20 }).aspect).toBe('landscape');
    expect(effectiveSettings({ aspect: 'square' }, { ratePerMinute: 20 }).aspect).toBe('square');
  });

  it('lets an override lift a default limit, and falls back to the default when unset', () => {
    const defaults = { dailyBudgetCents: 500, memberMaxActive: 3, ratePerMinute: 20 };
    expect(effectiveSettings({}, defaults).limits).toEqual({ workspaceDailyCents: 500, memberMaxActive: 3 });
    expect(effectiveSettings({ dailyBudgetCents: null, memberDailyClips: 4 }, defaults).limits).toEqual({
      memberDailyClips: 4,
      memberMaxActive: 3,
    });
  });
});

describe('money and configuration', () => {
  it('keeps money in whole cents, rounding a fraction of a cent up', () => {
    expect(toCents(0.4)).toBe(40);
    expect(toCents(0.1 + 0.2)).toBe(30);
    expect(toCents(0.504)).toBe(51);
    expect(toCents(0)).toBe(0);
    expect(toCents(Number.NaN)).toBe(0);
  });

  it('reads the safety variables, naming the variable when one is wrong', () => {
    const config = loadConfig({
      BUDGET_DAILY_USD: '20',
      BUDGET_MONTHLY_USD: '300.50',
      MEMBER_DAILY_CLIPS: '10',
      MEMBER_DAILY_SECONDS: '120',
      BLOCKLIST: 'gore, some phrase,',
    });
    expect(config.safety).toEqual({
      defaults: {
        dailyBudgetCents: 2000,
        monthlyBudgetCents: 30050,
        memberDailyClips: 10,
        memberDailySeconds: 120,
        memberMaxActive: 3,
        ratePerMinute: 20,
      },
      blocklist: ['gore', 'some phrase'],
      moderation: { kind: 'off' },
    });
    expect(loadConfig({ OPENAI_API_KEY: 'sk-x' }).safety.moderation).toEqual({
      kind: 'openai',
      apiKey: 'sk-x',
    });
    expect(loadConfig({ OPENAI_API_KEY: 'sk-x', MODERATION: 'off' }).safety.moderation).toEqual({
      kind: 'off',
    });
    expect(() => loadConfig({ BUDGET_DAILY_USD: 'twenty' })).toThrow(
      'BUDGET_DAILY_USD: expected an amount in US dollars, like 20 or 12.50',
    );
    expect(() => loadConfig({ MEMBER_MAX_ACTIVE: '0' })).toThrow(
      'MEMBER_MAX_ACTIVE: expected a whole number from 1 to 1000',
    );
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: 'x' })).toThrow('RATE_LIMIT_PER_MINUTE');
    expect(() => loadConfig({ MODERATION: 'openai' })).toThrow('MODERATION: openai needs OPENAI_API_KEY');
  });
});
