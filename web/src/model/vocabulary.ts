// The names the core uses for emotion categories and body regions (see
// core/data/ and docs/lexicon.md), in the order the views list them, with the
// labels people read. Names the core adds later are shown after these, as written.

/** Emotion categories, grouped: threat, low, self-conscious, anger, open/positive. */
export const EMOTION_ORDER = [
  'anxiety', 'fear', 'overwhelm', 'confusion',
  'sadness', 'loneliness', 'disappointment', 'numbness',
  'shame', 'guilt', 'embarrassment',
  'anger', 'frustration', 'disgust',
  'surprise', 'curiosity', 'hope', 'calm', 'relief', 'joy', 'love', 'pride',
] as const;

/** Body regions, head to foot, then the ones that are not one place. */
export const REGION_ORDER = [
  'head', 'face', 'eyes', 'jaw', 'throat', 'neck', 'shoulders', 'chest', 'heart', 'breath',
  'back', 'stomach', 'arms', 'hands', 'legs', 'feet', 'skin', 'whole_body', 'unspecified',
] as const;

export const KIND_ORDER = ['emotion', 'sensation', 'analytic', 'custom', 'rating'] as const;

const LABELS: Record<string, string> = {
  whole_body: 'whole body',
  unspecified: 'unspecified place',
};

/** "whole_body" → "whole body"; everything else as the core writes it. */
export function label(name: string): string {
  return LABELS[name] ?? name.replace(/_/g, ' ');
}

/** "anxiety" → "Anxiety". */
export function capitalised(name: string): string {
  const l = label(name);
  return l.charAt(0).toUpperCase() + l.slice(1);
}

export const KIND_LABELS: Record<string, string> = {
  emotion: 'Emotions',
  sensation: 'Body sensations',
  analytic: 'Analytic language',
  custom: 'Custom dictionary',
  rating: 'Self-ratings',
};

/** Sort key for a name in one of the orders above: known names first, in order. */
export function orderOf(order: readonly string[], name: string): number {
  const i = order.indexOf(name);
  return i === -1 ? order.length : i;
}
