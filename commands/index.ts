import { castAdd, castAllow, castApprove, castUnapprove } from './cast.ts';
import { castList, castPurge, castRemove } from './cast-manage.ts';
import { consent } from './consent.ts';
import { contestStart } from './contest-start.ts';
import { contestCancel, contestLeaderboard, contestStatus } from './contest-view.ts';
import { extend } from './extend.ts';
import { generate } from './generate.ts';
import { help } from './help.ts';
import { keysAdd, keysCap, keysList, keysRemove } from './keys.ts';
import { keySubmit } from './keys-submit.ts';
import { remixes } from './remixes.ts';
import { reshoot } from './reshoot.ts';
import { settings } from './settings.ts';
import { story } from './story.ts';
import { top } from './top.ts';
import type { CommandDefinition } from './types.ts';
import { usage } from './usage.ts';

/** Every user-facing command. Adapters build their platform's commands from this list. */
export const COMMANDS: readonly CommandDefinition[] = [
  generate,
  story,
  extend,
  reshoot,
  remixes,
  top,
  contestStart,
  contestStatus,
  contestLeaderboard,
  contestCancel,
  usage,
  consent,
  castAdd,
  castAllow,
  castApprove,
  castUnapprove,
  castRemove,
  castList,
  castPurge,
  settings,
  keysList,
  keysAdd,
  keysRemove,
  keysCap,
  help,
] as readonly CommandDefinition[];

/** The command `name`, or with a group the subcommand `group name` (`contest start`). */
export function findCommand(name: string, group?: string): CommandDefinition | undefined {
  return COMMANDS.find((c) => c.name === name && c.group === group);
}

/**
 * What a form (CommandForm.submit) may run: commands no surface offers as typed commands, since
 * their options come only from a private form (the key form).
 */
export const FORM_COMMANDS: readonly CommandDefinition[] = [keySubmit] as readonly CommandDefinition[];

/** The command a submitted form names; undefined for anything else (a stale or forged form). */
export function findFormCommand(name: string, group?: string): CommandDefinition | undefined {
  return FORM_COMMANDS.find((c) => c.name === name && c.group === group);
}

export type { CommandContext, CommandDefinition, CommandOption, CommandReply } from './types.ts';
