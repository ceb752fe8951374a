import type { FaultRoute } from './faults.ts';

/** Which API operation a request is, and the video id in its path. */
export interface RouteMatch {
  name: FaultRoute;
  videoId?: string;
  /** True for the /videos* family, which the `shutdown` switch takes down. */
  videos: boolean;
}

const ID = '([A-Za-z0-9_-]+)';
const TABLE: Array<{ method: string; pattern: RegExp; name: FaultRoute }> = [
  { method: 'POST', pattern: /^\/v1\/videos\/?$/, name: 'create' },
  { method: 'GET', pattern: /^\/v1\/videos\/?$/, name: 'list' },
  { method: 'POST', pattern: /^\/v1\/videos\/edits\/?$/, name: 'edit' },
  { method: 'POST', pattern: /^\/v1\/videos\/extensions\/?$/, name: 'extend' },
  { method: 'GET', pattern: new RegExp(`^/v1/videos/${ID}/content/?$`), name: 'content' },
  { method: 'POST', pattern: new RegExp(`^/v1/videos/${ID}/remix/?$`), name: 'remix' },
  { method: 'GET', pattern: new RegExp(`^/v1/videos/${ID}/?$`), name: 'retrieve' },
  { method: 'DELETE', pattern: new RegExp(`^/v1/videos/${ID}/?$`), name: 'delete' },
  { method: 'POST', pattern: /^\/v1\/moderations\/?$/, name: 'moderation' },
];

export function matchRoute(method: string, pathname: string): RouteMatch | undefined {
  for (const route of TABLE) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(pathname);
    if (!match) continue;
    const videoId = match[1];
    return {
      name: route.name,
      videos: route.name !== 'moderation',
      ...(videoId === undefined ? {} : { videoId }),
    };
  }
  return undefined;
}
