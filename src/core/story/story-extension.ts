import type { ModelCapabilities } from '../capabilities.ts';
import type { Clip, ClipOptions } from '../clip/clip.ts';
import { resolveClipOptions } from '../clip/clip-options.ts';
import { ErrorCode, ReelbotError } from '../errors.ts';
import { msg } from '../i18n/message.ts';
import type { Store } from '../ports/store.ts';
import type { VideoProvider } from '../ports/video-provider.ts';
import type { ProviderRegistry } from '../providers.ts';
import { centsOf, type ShotPlan } from './shot-plan.ts';
import { type Story, type StoryShot, shotClipId } from './story.ts';
import { checkTotal, type StoryLimits } from './story-rules.ts';

/** A posted clip that can be continued, and the story it posted (if it was one). */
export interface ExtensionParent {
  parent: Clip;
  parentStory?: Story;
}

/** How a continuation is rendered: the parent's model, its length, and whether natively. */
export interface ExtensionRoute {
  provider: VideoProvider;
  model: ModelCapabilities;
  options: ClipOptions;
  /** The parent and its continuation, in whole seconds. */
  totalS: number;
  native: boolean;
}

/**
 * The clip to continue: posted, not a story's shot, and with a video to continue from. A story's
 * joined video is not kept, but its shots are clips with provider jobs: extending a story is a new
 * cut of its shots with one more, started from its last shot's last frame.
 */
export async function extendableParent(store: Store, parentId: string): Promise<ExtensionParent> {
  const parent = await store.clips.get(parentId);
  if (!parent || parent.deletedAt) {
    throw new ReelbotError(ErrorCode.NotFound, msg('error.extend.gone'));
  }
  if (parent.state !== 'posted' || parent.shotIndex !== undefined) {
    throw new ReelbotError(ErrorCode.InvalidInput, msg('error.extend.notPosted'));
  }
  const parentStory = parent.storyId !== undefined ? await store.stories.get(parent.storyId) : undefined;
  if (!parent.providerJobId && !parentStory) {
    throw new ReelbotError(ErrorCode.SourceGone, msg('error.extend.sourceGone'));
  }
  return parentStory ? { parent, parentStory } : { parent };
}

/**
 * The parent's model and options for `seconds` more, within the story limits: natively where its
 * provider can extend the model's videos up to the whole length, else from its last frame as
 * image-to-video. INVALID_INPUT, naming the models that could, when the model can do neither.
 */
export function routeExtension(
  providers: ProviderRegistry,
  models: readonly ModelCapabilities[],
  limits: StoryLimits,
  parent: Clip,
  seconds: number | undefined,
): ExtensionRoute {
  const { provider, model } = providers.resolveModel(parent.options.model);
  const options = resolveClipOptions(
    {
      model: model.id,
      size: parent.options.size,
      ...(seconds !== undefined ? { durationS: seconds } : {}),
      ...(parent.options.style ? { style: parent.options.style } : {}),
    },
    model,
  );
  const parentS = parent.media?.durationS ?? parent.options.durationS;
  const totalS = Math.round(parentS + options.durationS);
  checkTotal(totalS, limits, msg('error.story.whatExtended', { seconds: options.durationS }));
  // The provider's own extension when it holds the parent's video and can make the whole length;
  // it keeps the motion and sound going, where a last frame only keeps the picture.
  const native =
    provider.extend !== undefined &&
    parent.provider === provider.name &&
    parent.providerJobId !== undefined &&
    parent.storyId === undefined &&
    model.extendMaxS !== undefined &&
    totalS <= model.extendMaxS;
  if (!native && !model.imageInput) {
    const able = [...new Set(models.filter((m) => m.imageInput).map((m) => m.label))];
    throw new ReelbotError(
      ErrorCode.InvalidInput,
      able.length
        ? msg('error.extend.unsupportedUse', { model: model.label, models: able.join(', ') })
        : msg('error.extend.unsupported', { model: model.label }),
    );
  }
  return { provider, model, options, totalS, native };
}

/**
 * The extension story `id`: one owned shot of `prompt` after the parent (a native one holds the
 * parent itself), or after a parent story's shots reused as they are.
 */
export function extensionStory(
  id: string,
  from: ExtensionParent,
  route: ExtensionRoute,
  prompt: string,
  asker: Pick<Story, 'place' | 'author'>,
  now: number,
): { story: Story; plan: ShotPlan } {
  const { parent, parentStory } = from;
  const shotId = shotClipId(id, 0);
  const plan: ShotPlan = {
    prompt,
    options: route.options,
    estimatedCostUsd: centsOf(route.model, route.options) / 100,
    firstFrameFrom: parentStory ? parentStory.shots.at(-1)!.clipId : parent.id,
  };
  const story: Story = {
    id,
    kind: 'extend',
    place: asker.place,
    author: asker.author,
    mode: 'flow',
    transition: parentStory?.transition ?? 'cut',
    shots: route.native
      ? [{ clipId: shotId, own: true, prompt, render: plan }]
      : [
          ...(parentStory ? reusedShots(parentStory) : [{ clipId: parent.id, own: false }]),
          { clipId: shotId, own: true, prompt, render: plan },
        ],
    parentId: parent.id,
    ...(route.native ? { native: true } : {}),
    createdAt: now,
  };
  return { story, plan };
}

/**
 * The shots of a story as a later cut reuses them (a native extension's one shot already holds
 * its source, so it stands for the whole video).
 */
export function reusedShots(story: Story): StoryShot[] {
  return story.shots.map((s) => ({
    clipId: s.clipId,
    own: false,
    ...(s.prompt ? { prompt: s.prompt } : {}),
  }));
}
