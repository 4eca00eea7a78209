/**
 * Boilerplate rules: one named, general pattern per kind of clutter that scraped articles carry.
 * A rule removes a whole line only; article sentences are never cut in half. Patterns live
 * together here so they can be read, tested and extended in one place.
 */
export interface BoilerplateRule {
  id: string;
  description: string;
  /** Each pattern is tested against the whole normalised line. */
  patterns: RegExp[];
  /** Lines longer than this are article text, whatever they contain. */
  maxLength: number;
}

const SOCIAL = "(?:facebook|twitter|x|instagram|youtube|tiktok|linkedin|pinterest|threads|whatsapp|reddit|email|e-mail|print|flipboard|copy link)";

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  {
    id: "social-follow",
    description: "Invitations to follow or share on social networks",
    patterns: [
      new RegExp(`^(?:follow|like|join|find)\\b.{0,60}\\b${SOCIAL}\\b`, "i"),
      new RegExp(`^(?:share(?: (?:this|the) (?:story|article|post))?:?\\s*)?${SOCIAL}(?:\\s*[|•·,/]\\s*${SOCIAL})+\\.?$`, "i"),
      new RegExp(`^${SOCIAL}$`, "i"),
    ],
    maxLength: 160,
  },
  {
    id: "browser-notice",
    description: "Notices about the reader's browser or JavaScript",
    patterns: [
      /\byou are using an? (?:outdated|unsupported|old(?:er)?) (?:web )?browser\b/i,
      /\b(?:upgrade|update) your (?:web )?browser\b/i,
      /^your (?:web )?browser is (?:out of date|outdated|not supported|unsupported|too old)\b/i,
      /\b(?:please )?enable javascript\b/i,
      /\bjavascript is (?:disabled|required|not enabled)\b/i,
    ],
    maxLength: 400,
  },
  {
    id: "archived-notice",
    description: "Notices that the page is an old, archived article",
    patterns: [
      /^this (?:is an archived (?:article|story)|article (?:is|was) archived|story is from our archives?)\b/i,
      /^this (?:article|story) is more than \d+ (?:years?|months?) old\.?$/i,
    ],
    maxLength: 300,
  },
  {
    id: "newsletter-prompt",
    description: "Newsletter and subscription prompts",
    patterns: [
      /^(?:get|sign up for|subscribe to|join)\b.{0,50}\bnewsletters?\b.{0,60}$/i,
      /^(?:sign up|subscribe)(?: now| today| here)?[.!:]?$/i,
      /^(?:already a subscriber|subscribe for unlimited access)\b/i,
    ],
    maxLength: 160,
  },
  {
    id: "share-prompt",
    description: "Share, print, comment and save prompts",
    patterns: [
      /^(?:share|share (?:this|the) (?:story|article|post|page)|share on \w+|tweet(?: this)?|email (?:this )?(?:story|article)|print(?: this)?(?: story| article)?|copy link|save (?:this )?(?:story|article)|comments?|leave a comment|view comments|\d+ comments?)[:.!]?$/i,
      // A bar of share buttons saved as text: "Share on Facebook  Share on Twitter  Email".
      /^(?:(?:share(?: this)?(?: on| with| via)? (?:facebook|twitter|x|messenger|whatsapp|linkedin|reddit|email|pinterest)|share|tweet|email|print|save(?: for later)?|copy link)[\s|·•]*){2,}$/i,
    ],
    maxLength: 60,
  },
  {
    id: "wire-blurb",
    description: "Wire-service signatures and copyright lines",
    patterns: [
      /^the (?:ap|associated press) is one of the largest\b/i,
      /^(?:©|\(c\)|copyright)\s*(?:\d{4}\s+)?(?:the )?(?:associated press|reuters|ap|afp)\b/i,
      /\bthis material may not be published, broadcast, rewritten,? or redistributed\b/i,
      /^(?:©|copyright|\(c\))\s*\d{4}\b.{0,80}\ball rights reserved\.?$/i,
      /^reuters, the news and media division of thomson reuters\b/i,
    ],
    maxLength: 400,
  },
  {
    id: "image-credit",
    description: "Image credits and image file names standing alone",
    patterns: [
      /^(?:image|photo|photograph|video|graphic|illustration|file photo)s?\s*(?:via|by|courtesy(?: of)?|credit|source)\b:?\s*.{1,60}$/i,
      /^\(?(?:credit|photo|image|source|photo credit)\s*:\s*[^)]{1,60}\)?$/i,
      /^image source\s*[,:]\s*.{1,60}$/i,
      /^(?:getty images|ap photo(?:\/.{1,40})?|shutterstock|istock(?:photo)?|reuters\/.{1,40})\.?$/i,
      /^[\w.-]+\.(?:jpe?g|png|gif|webp|avif)$/i,
    ],
    maxLength: 120,
  },
  {
    id: "promo",
    description: "Promotions of apps, tips lines, videos and other pages",
    patterns: [
      /^click here (?:to|for)\b/i,
      /^download (?:the|our) .{1,50}\bapp\b/i,
      /^(?:have a (?:news )?tip|got a (?:news )?tip|send us (?:a|your) (?:news )?tip|do you have a tip)\b/i,
      /^(?:watch|video|listen|photos|gallery|slideshow)\s*:\s.{1,140}$/i,
      /^(?:continue reading(?: the main story)?|supported by|story continues below(?: advertisement)?|article continues below)\.?$/i,
      /\btop headlines are here\b|\bcheck out what's clicking on\b/i,
    ],
    maxLength: 200,
  },
  {
    id: "comment-policy",
    description: "Comment-section prompts and policies",
    patterns: [
      /^(?:comments? (?:are|is) (?:closed|moderated|disabled)|we (?:welcome|value|encourage) (?:your )?(?:comments|feedback|thoughtful)|join the (?:conversation|discussion)|by (?:commenting|posting),? you agree|(?:please )?read our (?:comment|community) (?:policy|guidelines)|comment policy|show comments|hide comments|load comments|post a comment)\b/i,
    ],
    maxLength: 400,
  },
  {
    id: "site-notice",
    description: "Cookie banners, paywall counters and subscription walls",
    patterns: [
      /\bwe use cookies\b|\baccept (?:all )?cookies\b|\bcookie (?:policy|settings|preferences)\b|^we (?:value|care about) your privacy\b/i,
      /^cookies on (?:the )?[\w .&'’-]{2,40} websites?$|^(?:yes,? i agree|no,? take me to settings)\b[^.!?"“”]{0,40}$/i,
      // A consent banner: "We and our partners store and/or access information on a device, such as cookies…"
      /^we and our (?:\d+ )?(?:partners|vendors)\b.*\b(?:cookies|personal data)\b|^(?:i accept|accept all|reject all|manage (?:choices|preferences|options))(?:\s{2,}|\s*[|•]\s*|$)/i,
      /^you (?:have|'ve) (?:\d+|one|two|three) (?:free )?(?:articles?|stories) (?:left|remaining)\b/i,
      /^(?:this (?:article|story|content) is (?:for|only available to) subscribers|subscribe to (?:continue|keep) reading|already have an account)\b/i,
    ],
    maxLength: 400,
  },
  {
    id: "cache-notice",
    description: "Notices of a search engine's cached copy or a web archive's snapshot",
    patterns: [/^this is google's cache of\b|^it is a snapshot of the page\b|^tip: to quickly find your search term\b|^the wayback machine\b/i],
    maxLength: 600,
  },
  {
    id: "address-line",
    description: "A web address standing alone (the page's own or a link)",
    patterns: [/^(?:https?:\/\/|www\.)\S+$/i],
    maxLength: 2000,
  },
  {
    id: "navigation",
    description: "Site navigation, section labels and promotional blocks",
    patterns: [
      /^(?:skip to (?:main )?(?:content|navigation)|open in (?:the )?app|skip navigation|next gallery|previous gallery|click to enlarge|gift article|print this page|close window|full version text-only version view source|copy url|transcript|audio|playlist|download|embed|save|\d+-minute (?:listen|read)|\d+ min(?:ute)? read|advertisement|ad|sponsored(?: content)?|watch live|watch cbs news|listen(?: to this (?:article|story))?(?: \d{1,2}(?::\d{2})? ?min(?:utes?|s)?)?|read more|related(?: stories| articles| coverage| content)?|more (?:stories|from \w+)|most popular|most read|trending(?: now)?|top stories|recommended(?: for you)?|menu|search|home|sections?|sign in|log ?in|sign out|log ?out|my account|account|register|subscriber login|e-edition|newsletters?|podcasts?|weather|traffic|watch|video|live)[:.]?$/i,
      /^(?:read more|related|see also|recommended|more):\s.{1,150}$/i,
      /^\d{1,3} of \d{1,3}$/,
      /^(?:leer en español|ver en español|read in english|read in spanish|en español|en français|lire en français|in english)$/i,
      /^-{2,}\s*(?:forwarded message|original message)\s*-{2,}$/i,
      /^(?:listen|watch)\s*[·|•:-]\s*\d{1,2}:\d{2}$/i,
      /^(?:\d{1,2}:\d{2}\s*\/\s*\d{1,2}:\d{2}|audio player|play (?:video|audio)|show caption|hide caption|toggle caption|expand|close)$/i,
      /^let friends in your social network know what you are reading about$/i,
      // A blog post's categories: "Posted in Immigration Defense, Criminal Defense".
      /^(?:[Pp]osted|[Ff]iled) (?:in|under):?\s+[^.!?\d]{1,100}$/u,
      // A radio story's programme label: "Heard on All Things Considered", "As seen on Good Morning America".
      /^(?:[Aa]s )?(?:[Hh]eard|[Ss]een|[Ff]eatured) [Oo]n\s+(?:[Tt]he\s+)?\p{Lu}[\p{L}&'’ ]{2,50}$/u,
    ],
    maxLength: 170,
  },
];

/** Headings of link lists (related stories, most read): the short lines under them go too. */
export const LINK_BLOCK_HEADING = /^(?:related(?: stories| articles| coverage| content| links| news)?|more (?:stories|news|coverage|from [\w .'’-]{1,40})|most (?:popular|read|viewed|shared)|trending(?: now| stories)?|top stories|recommended(?: for you| stories)?|you (?:may|might) also like|also read|editor'?s? picks|around the web|latest (?:news|stories|headlines)|read next|what to read next|popular (?:stories|now))[:.]?$/i;
/** A line in a link list is short and reads like a headline, not a sentence of the story. */
export const LINK_BLOCK_MAX_LINE = 150;
/** A link list is at most this many lines long. */
export const LINK_BLOCK_MAX_LINES = 15;

/** The first rule whose pattern matches the whole line, or null. */
export function matchBoilerplate(text: string): BoilerplateRule | null {
  for (const rule of BOILERPLATE_RULES) {
    if (text.length > rule.maxLength) continue;
    if (rule.patterns.some((p) => p.test(text))) return rule;
  }
  return null;
}
