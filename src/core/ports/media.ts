/** What a video file holds. */
export interface MediaInfo {
  bytes: number;
  durationS: number;
  width: number;
  height: number;
  hasAudio: boolean;
}

/** A download that passed the check: what it holds, and a frame of it for leaderboards. */
export interface CheckedVideo {
  info: MediaInfo;
  /** A small JPEG (see `thumbnail`), made in the same pass; absent where none could be made. */
  thumbnail?: Uint8Array;
}

/** Local media work (ffmpeg): save, inspect and shrink clips. */
export interface MediaTool {
  /** True when the file is on this machine. */
  exists(path: string): Promise<boolean>;
  /** Re-encode to fit under `maxBytes`, sound kept; undefined when it cannot fit. */
  fitUnder(path: string, maxBytes: number): Promise<string | undefined>;
  /** Read duration, frame size and streams. */
  probe(path: string): Promise<MediaInfo>;
  /**
   * Probe a file that came from outside, refusing (INVALID_VIDEO) anything that is not a playable
   * MP4 with a video stream and a duration: the check before a download may be posted. The frame
   * it decodes to prove that comes back as the clip's thumbnail where the tool makes thumbnails.
   */
  check(path: string): Promise<CheckedVideo>;
  /** Delete a file the pipeline no longer needs (missing is fine). */
  remove(path: string): Promise<void>;
  /** Delete every file this tool made for the clip except `keep` (partial ones included). */
  discard(clipId: string, keep?: string): Promise<void>;
  /** The clips that have files here (read from the files' names), for the start-up sweep. */
  clipsWithFiles(): Promise<string[]>;
  /**
   * A small JPEG frame of the clip for leaderboards (ffmpeg); undefined when none can be made.
   * Optional: a tool without it means no thumbnails.
   */
  thumbnail?(path: string): Promise<Uint8Array | undefined>;
  /**
   * Stream bytes to a new file named for the clip; returns its path. A failed save (a body that
   * broke off, over the cap, past the deadline, cancelled) leaves no file, and a full disk
   * throws DISK_FULL.
   */
  save(clipId: string, body: AsyncIterable<Uint8Array>): Promise<string>;
  /**
   * Join clips end to end into one new MP4 named for `clipId` (a file this tool owns, so
   * `discard` cleans it): stream copy when every input has the same codecs, frame size, frame rate
   * and sample rate, else one normalising encode; `fade` cross-fades picture (xfade) and sound
   * (acrossfade) over `fadeS` seconds at each join. The sound track is continuous (silence is
   * added for an input without one).
   */
  join(
    clipId: string,
    inputs: readonly string[],
    options: { transition: 'cut' | 'fade'; fadeS?: number },
  ): Promise<string>;
  /** The clip's last frame as a PNG (the first frame of a continuation). */
  lastFrame(path: string): Promise<Uint8Array>;
}
