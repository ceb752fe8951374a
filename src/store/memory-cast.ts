import type { CastPicture, CastRecord, CastRepository } from '../core/cast/cast-repository.ts';

/** Cast records in memory: one map per scope, pictures copied in and out. */
export function createMemoryCast(): CastRepository {
  const records = new Map<string, CastRecord>();
  const pictures = new Map<string, CastPicture[]>();
  const handles = new Map<string, string>();
  const clips = new Map<string, Map<string, number>>();
  const at = (scope: string, memberId: string) => `${scope}\u0000${memberId}`;
  const copyRecord = (r: CastRecord): CastRecord => structuredClone(r);

  return {
    async addPicture(scope, member, picture, { max, handle }) {
      const k = at(scope, member.id);
      const record = records.get(k);
      if ((record?.pictureIds.length ?? 0) >= max) return 'full';
      if (handle !== undefined) {
        const holder = handles.get(at(scope, handle));
        if (holder !== undefined && holder !== member.id) return 'taken';
      }
      const next: CastRecord = record ?? {
        memberId: member.id,
        name: member.name,
        allow: 'me',
        approved: [],
        pictureIds: [],
      };
      next.name = member.name;
      if (handle !== undefined) {
        if (next.handle && next.handle !== handle) handles.delete(at(scope, next.handle));
        next.handle = handle;
        handles.set(at(scope, handle), member.id);
      }
      next.pictureIds.push(picture.id);
      records.set(k, next);
      pictures.set(k, [...(pictures.get(k) ?? []), { id: picture.id, bytes: new Uint8Array(picture.bytes) }]);
      return 'ok';
    },
    async setAllow(scope, memberId, allow) {
      const record = records.get(at(scope, memberId));
      if (!record) return false;
      record.allow = allow;
      return true;
    },
    async setApproved(scope, memberId, otherId, approved) {
      const record = records.get(at(scope, memberId));
      if (!record) return false;
      const set = new Set(record.approved);
      if (approved) set.add(otherId);
      else set.delete(otherId);
      record.approved = [...set].sort();
      return true;
    },
    async get(scope, memberId) {
      const record = records.get(at(scope, memberId));
      return record ? copyRecord(record) : undefined;
    },
    async list(scope) {
      const prefix = `${scope}\u0000`;
      return [...records].filter(([k]) => k.startsWith(prefix)).map(([, r]) => copyRecord(r));
    },
    async pictures(scope, memberId) {
      return (pictures.get(at(scope, memberId)) ?? []).map((p) => ({
        id: p.id,
        bytes: new Uint8Array(p.bytes),
      }));
    },
    async remove(scope, memberId) {
      const k = at(scope, memberId);
      const record = records.get(k);
      if (!record) return false;
      if (record.handle) handles.delete(at(scope, record.handle));
      records.delete(k);
      pictures.delete(k);
      return true;
    },
    async noteClip(scope, memberId, clipId, when) {
      const k = at(scope, memberId);
      const list = clips.get(k) ?? new Map<string, number>();
      if (!list.has(clipId)) list.set(clipId, when);
      clips.set(k, list);
    },
    async clips(scope, memberId, limit) {
      const list = clips.get(at(scope, memberId));
      if (!list) return [];
      return [...list]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1))
        .slice(0, limit)
        .map(([id]) => id);
    },
  };
}
