/**
 * Where a clip was asked for and is delivered: a surface, a workspace (Discord guild, Slack
 * team, studio room), a channel and optionally a thread. Ids are the surface's own strings; the
 * core never parses them.
 */
export interface Place {
  surface: string;
  workspaceId: string;
  channelId: string;
  threadId?: string;
}

/** A stable string for a place, e.g. `slack:T1:C2:1700000000.0001`. */
export function placeKey(place: Place): string {
  return [place.surface, place.workspaceId, place.channelId, place.threadId].filter(Boolean).join(':');
}
