import type { Leaderboard } from './board/leaderboard.ts';
import type { CastService } from './cast/cast-service.ts';
import type { ClipService } from './clip/clip-service.ts';
import type { ContestService } from './contest/contest-service.ts';
import type { KeyService } from './keys/key-service.ts';
import type { ProviderRegistry } from './providers.ts';
import type { StoryService } from './story/story-service.ts';
import type { WorkspaceService } from './workspace/workspace-service.ts';

/**
 * The core's use cases, built once in the composition root and handed to every command and
 * surface as one record (as discord.js's `API` holds one object per resource), so no service
 * doubles as a container for the others.
 */
export interface Services {
  /** Ask for a clip, remix, edit, re-roll, cancel, delete, vote, lineage. */
  clips: ClipService;
  /** Members' likenesses: add, allow, approve, remove, list, purge. */
  cast: CastService;
  /** Usage, settings and consent. */
  workspace: WorkspaceService;
  /** Prompt contests: start, status, standings, cancel. */
  contests: ContestService;
  /** `/sora top` and the hall of fame. */
  leaderboard: Leaderboard;
  /** Workspaces' own provider keys: add (checked, sealed), list as last four, remove. */
  keys: KeyService;
  /** The configured video models, for choices, help and labels. */
  providers: ProviderRegistry;
  /** Storyboards, extensions of posted clips, and re-rolls of one shot of a story. */
  stories: StoryService;
}
