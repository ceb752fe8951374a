/**
 * The limits Discord documents for what a bot sends, with the page each comes from. Encoded by
 * hand: Discord's OpenAPI document (discord/discord-api-spec) disagrees with the docs on several
 * of them (content 4000 where the docs say 2000, 40 top-level components where a message without
 * IS_COMPONENTS_V2 takes 5), and Discord says to follow the docs. Lengths are code points.
 */
const DOCS = 'https://discord.com/developers/docs';
const EMBED_LIMITS = `${DOCS}/resources/message#embed-object-embed-limits`;

export const DISCORD_LIMITS = {
  content: { max: 2000, doc: `${DOCS}/resources/message#create-message` },
  nonce: { max: 25, doc: `${DOCS}/resources/message#create-message` },
  embeds: { max: 10, doc: `${DOCS}/resources/message#create-message` },
  embedTitle: { max: 256, doc: EMBED_LIMITS },
  embedDescription: { max: 4096, doc: EMBED_LIMITS },
  embedFields: { max: 25, doc: EMBED_LIMITS },
  fieldName: { max: 256, doc: EMBED_LIMITS },
  fieldValue: { max: 1024, doc: EMBED_LIMITS },
  footerText: { max: 2048, doc: EMBED_LIMITS },
  authorName: { max: 256, doc: EMBED_LIMITS },
  /** title, description, field names and values, footer text and author name of all embeds. */
  embedTotal: { max: 6000, doc: EMBED_LIMITS },
  mentionIds: { max: 100, doc: `${DOCS}/resources/message#allowed-mentions-object` },
  files: { max: 10, doc: `${DOCS}/reference#uploading-files` },
  attachmentDescription: { max: 1024, doc: `${DOCS}/resources/message#attachment-object` },
  /** Without IS_COMPONENTS_V2: at most 5 top-level components, all action rows. */
  topLevelComponents: { max: 5, doc: `${DOCS}/components/reference#action-row` },
  rowButtons: { min: 1, max: 5, doc: `${DOCS}/components/reference#action-row` },
  customId: { min: 1, max: 100, doc: `${DOCS}/components/reference#anatomy-of-a-component` },
  buttonLabel: { max: 80, doc: `${DOCS}/components/reference#button` },
  buttonUrl: { max: 512, doc: `${DOCS}/components/reference#button` },
  modalTitle: {
    min: 1,
    max: 45,
    doc: `${DOCS}/interactions/receiving-and-responding#interaction-response-object-modal`,
  },
  modalComponents: {
    min: 1,
    max: 5,
    doc: `${DOCS}/interactions/receiving-and-responding#interaction-response-object-modal`,
  },
  labelText: { min: 1, max: 45, doc: `${DOCS}/components/reference#label` },
  labelDescription: { max: 100, doc: `${DOCS}/components/reference#label` },
  textInputLength: { max: 4000, doc: `${DOCS}/components/reference#text-input` },
  textInputPlaceholder: { max: 100, doc: `${DOCS}/components/reference#text-input` },
} as const;

/** Message flag 1 << 15: the message's layout is made of components v2 (components reference). */
export const IS_COMPONENTS_V2 = 1 << 15;

/** Characters as Discord counts them: code points. */
export const length = (text: string) => [...text].length;
