/** Longer lines are paragraphs that happen to credit a photo, not captions. */
export const CAPTION_MAX_LENGTH = 400;

const CAPTION_PATTERNS: readonly RegExp[] = [
  // "... speaks in Miami on Aug. 16, 2017. (Credit: CNN)", "(AP Photo/Wilfredo Lee)", "(Getty Images)"
  /\((?:credit|photo|photo credit|image|image credit|source|file photo)\s*:[^)]{1,80}\)\s*$/i,
  /\((?:AP|Reuters|AFP|Getty|EPA)\b[^)]{0,60}\bphoto[^)]{0,60}\)\s*$/i,
  /\((?:[^)]{0,60}\/)?(?:getty images|ap photo[^)]*|shutterstock|reuters)\)\s*$/i,
  /^[[(]?(?:photo|caption|image)\s*:\s*\S/i,
  /^image caption\s*[,:]\s*\S/i,
  /^FILE(?: PHOTO)?\s*[-–—:]\s+/,
  /\bin this (?:\w+ )?(?:file )?photo\b/i,
  /\b(?:photo|image) (?:by|courtesy of)\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,3}\.?\s*$/,
];

/** A photo caption: a short line that credits or describes a picture. */
export function isCaption(text: string): boolean {
  return text.length <= CAPTION_MAX_LENGTH && CAPTION_PATTERNS.some((p) => p.test(text));
}
