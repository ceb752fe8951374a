/**
 * Style presets members can pick instead of spelling out a look. Each adds one line of direction
 * to the prompt sent to the provider; the member's own words stay as they wrote them.
 */
export const STYLES: Readonly<Record<string, string>> = {
  cinematic: 'cinematic, shallow depth of field, anamorphic lens, film grain, dramatic lighting',
  anime: 'hand-drawn anime, cel shading, vivid colours',
  claymation: 'stop-motion claymation, visible fingerprints, handmade sets',
  documentary: 'handheld documentary footage, natural light, observational camera',
  noir: 'black-and-white film noir, hard shadows, venetian-blind light',
  watercolor: 'watercolour painting in motion, soft bleeding edges, paper texture',
  'pixel-art': '16-bit pixel art, limited palette, side-scrolling camera',
  timelapse: 'time-lapse, smooth passage of hours or seasons, locked-off camera',
  vintage: '1970s 16 mm film, faded colours, light leaks',
  'product-shot': 'studio product shot, turntable rotation, seamless backdrop, soft key light',
};

export const STYLE_NAMES = Object.keys(STYLES);
