/** A content check run on a prompt before anything is spent (e.g. OpenAI's moderation endpoint). */
export interface ModerationVerdict {
  flagged: boolean;
  /** The checker's category ids that flagged, e.g. `violence/graphic`; most severe first if known. */
  categories: string[];
}

export interface ModerationScreen {
  /** For logs: `openai`. */
  readonly name: string;
  /** Classify a text. Throws ProviderError when the checker cannot answer. */
  screen(text: string): Promise<ModerationVerdict>;
}
