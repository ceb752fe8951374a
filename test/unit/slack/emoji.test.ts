import { describe, expect, it } from 'vitest';
import { reactionName, slackReactionFor } from '../../../adapters/slack/emoji.ts';

describe('a vote emoji setting read as a Slack reaction name', () => {
  it.each([
    ['👍', '+1'],
    ['👍🏽', '+1'],
    ['❤️', 'heart'],
    ['❤', 'heart'],
    ['🔥', 'fire'],
    ['fire', 'fire'],
    [':fire:', 'fire'],
    [' :Fire: ', 'fire'],
    ['thumbsup', '+1'],
    [':thumbsup:', '+1'],
    ['+1::skin-tone-3', '+1'],
    ['party-parrot', 'party-parrot'],
    ['star-struck', 'star-struck'],
  ])('%s → %s', (setting, name) => {
    expect(slackReactionFor(setting)).toBe(name);
  });

  it('gives nothing for an emoji it has no Slack name for, or for text that is no name', () => {
    expect(slackReactionFor('🦩')).toBeUndefined();
    expect(slackReactionFor('')).toBeUndefined();
    expect(slackReactionFor('fire fire')).toBeUndefined();
    expect(slackReactionFor(':fire')).toBe('fire');
  });

  it('folds skin tones and aliases in reaction names from events', () => {
    expect(reactionName('+1::skin-tone-6')).toBe('+1');
    expect(reactionName('THUMBSUP')).toBe('+1');
    expect(reactionName('thumbsdown')).toBe('-1');
    expect(reactionName('fire')).toBe('fire');
  });
});
