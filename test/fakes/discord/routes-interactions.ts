import { fail } from './http.ts';
import type { FakeInteraction, FakeMessage } from './records.ts';
import type { Route } from './router.ts';
import { ACK_DEADLINE_MS, type FakeState } from './state.ts';
import { modalProblems } from './validate-modal.ts';

const EPHEMERAL = 1 << 6;
const LOADING = 1 << 7;

/**
 * Interaction callbacks and the interaction webhook (API docs, receiving-and-responding.mdx):
 * the first answer within 3 s or 10062, one answer only or 40060, a modal only as the first
 * answer, webhook calls refused with 401/50027 once the token is past its 15 minutes.
 */
export function interactionRoutes(state: FakeState): Route[] {
  const { world } = state;
  const original = (interaction: FakeInteraction): FakeMessage => {
    if (!interaction.originalId) throw fail.unknownMessage();
    return state.liveMessage(interaction.originalId);
  };
  const ownMessage = (interaction: FakeInteraction, id: string): FakeMessage =>
    id === '@original' ? original(interaction) : state.liveMessage(id);

  return [
    {
      method: 'POST',
      path: /^\/interactions\/(\d+)\/([^/]+)\/callback$/,
      auth: false,
      handle({ params: [id, token], body, query }) {
        const interaction = state.interactions.get(id!);
        if (!interaction || interaction.token !== token) throw fail.unknownInteraction();
        if (interaction.ackType !== undefined) throw fail.alreadyAcknowledged();
        if (Date.now() - interaction.dispatchedAt > ACK_DEADLINE_MS) throw fail.unknownInteraction();
        const type = Number(body.json?.type);
        const data = (body.json?.data ?? {}) as Record<string, unknown>;
        const flags = Number(data.flags ?? 0);
        let message: FakeMessage | undefined;
        switch (type) {
          case 4:
          case 5: {
            if (type === 4) state.checkBody(`/interactions/${id}/callback`, data, body.files, true, ['data']);
            message = state.createMessage({
              channelId: interaction.channelId,
              author: world.bot,
              body: type === 4 ? data : {},
              files: body.files,
              interactionId: id!,
              webhookId: world.applicationId,
              loading: type === 5,
              flags: (flags & EPHEMERAL) | (type === 5 ? LOADING : 0),
            });
            interaction.originalId = message.id;
            interaction.ephemeral = (flags & EPHEMERAL) !== 0;
            interaction.resolved = type === 4;
            break;
          }
          case 6:
            if (interaction.type !== 3) throw fail.invalidForm(['type: 6 is for components only']);
            break;
          case 9: {
            const problems = modalProblems(data, ['data']);
            if (problems.length) throw fail.invalidForm(problems);
            interaction.modal = data;
            break;
          }
          default:
            throw fail.invalidForm([`type: ${type} is not supported here`]);
        }
        interaction.ackType = type;
        interaction.ackedAt = Date.now();
        state.events.emit('callback', { interactionId: id, type });
        if (query.get('with_response') === 'true') {
          return {
            status: 200,
            json: {
              interaction: { id, type: interaction.type, response_message_loading: type === 5 },
              resource: { type, ...(message && type === 4 ? { message: state.api(message) } : {}) },
            },
          };
        }
        return { status: 204 };
      },
    },
    {
      method: 'GET',
      path: /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/,
      auth: false,
      handle({ params: [, token, messageId] }) {
        const interaction = state.tokenInteraction(token!);
        return { status: 200, json: state.api(ownMessage(interaction, messageId!)) };
      },
    },
    {
      method: 'PATCH',
      path: /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/,
      auth: false,
      handle({ params: [, token, messageId], body, path }) {
        const interaction = state.tokenInteraction(token!);
        const message = ownMessage(interaction, messageId!);
        state.checkBody(path, body.json ?? {}, body.files, false);
        state.editMessage(message, body.json ?? {}, body.files, 'webhook');
        if (message.id === interaction.originalId) interaction.resolved = true;
        return { status: 200, json: state.api(message) };
      },
    },
    {
      method: 'DELETE',
      path: /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/,
      auth: false,
      handle({ params: [, token, messageId] }) {
        const interaction = state.tokenInteraction(token!);
        ownMessage(interaction, messageId!).deleted = true;
        return { status: 204 };
      },
    },
    {
      method: 'POST',
      path: /^\/webhooks\/(\d+)\/([^/]+)$/,
      auth: false,
      handle({ params: [, token], body, path }) {
        const interaction = state.tokenInteraction(token!);
        if (interaction.ackType === undefined) throw fail.unknownMessage();
        const json = body.json ?? {};
        state.checkBody(path, json, body.files, true);
        // The first follow-up to a deferral still loading takes the deferral's visibility, whatever
        // its own flags say (API docs, Create Followup Message; discord-api-docs#3466).
        const inherit = interaction.ackType === 5 && !interaction.resolved;
        const flags = inherit ? (interaction.ephemeral ? EPHEMERAL : 0) : Number(json.flags ?? 0) & EPHEMERAL;
        interaction.resolved = true;
        const message = state.createMessage({
          channelId: interaction.channelId,
          author: world.bot,
          body: json,
          files: body.files,
          interactionId: interaction.id,
          webhookId: world.applicationId,
          flags,
        });
        interaction.followupIds.push(message.id);
        return { status: 200, json: state.api(message) };
      },
    },
  ];
}
