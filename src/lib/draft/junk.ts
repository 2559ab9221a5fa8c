/**
 * Page junk: the lines a browser copy of a news page carries that are not the article (menus,
 * share buttons, sign-up prompts, credits, "read more" links). Each rule is named, so the draft
 * can say why it dropped a line; nothing else is ever dropped.
 */
interface JunkRule {
  name: string;
  pattern: RegExp;
}

const JUNK_RULES: readonly JunkRule[] = [
  {
    name: 'page control',
    pattern:
      /^(?:share(?: this(?: article| story)?)?|tweet|email|e-mail|print|save|copy link|facebook|twitter|linkedin|whatsapp|reddit|comments?|\d+ comments?|menu|search|close|home|skip to (?:main )?content|sign (?:up|in)|log ?in|register|subscribe(?: now)?|advertisement|ad|sponsored|listen(?: to (?:this )?(?:article|story))?(?: \d+ min)?|\d+ min(?:ute)? read|read more|see more|show more|load more|next article|previous article|back to top|top stories|most (?:read|popular|viewed)|trending(?: now)?|related(?: articles| stories| content| coverage)?|recommended(?: for you)?|more (?:on|from|stories)\b.*|you may also like|follow us\b.*|newsletter\b.*|accept(?: all)?(?: cookies)?|cookie(?:s| settings| policy)\b.*|get the app|download the app|watch(?: now)?|play video|send to|find us|from|article content|share this (?:article|story)\S*(?: \S+){0,2})[.:!]?$/i,
  },
  {
    name: 'copyright or credit line',
    pattern:
      /^(?:©|\(c\)|copyright\b|all rights reserved|(?:additional )?reporting by\b|writing by\b|editing by\b|compiled by\b|(?:this|the) (?:article|story) (?:was|has been) (?:updated|corrected)\b)/i,
  },
  {
    name: 'sign-up or paywall prompt',
    pattern:
      /^(?:sign up\b|subscribe\b|get (?:our|the) .* newsletter|to continue reading|already a subscriber|register (?:now|for free)|create a free account|click here\b)/i,
  },
  { name: 'link list marker', pattern: /^(?:[-•·>»|]\s*)?(?:read|see|watch|listen)(?: also| more)?:\s.*$/i },
  {
    name: 'page notice',
    pattern:
      /^(?:skip to\b.*|this article is more than .* old|(?:updated|published) \d+ (?:hours?|days?|years?) ago|jump to\b.*|advertisement\b.*|posted\s*,?\s*(?:updated)?|sorry,? this video (?:has expired|is (?:not|no longer) available)\.?)$/i,
  },
  { name: 'share prompt', pattern: /^.{0,60}\bby sharing this (?:article|story)[.!]?$/i },
  { name: 'breadcrumb', pattern: /^[\p{L} ]{1,30}(?: > [\p{L} ]{1,30})+$/u },
  { name: 'tag list', pattern: /^(?:tags?|topics?|filed under|categories?):\s.*$/i },
];

/** The rule a line is junk by, or null when it is text of the article. */
export function junkRuleFor(line: string): string | null {
  const text = line.trim();
  if (text === '') return null;
  return JUNK_RULES.find((rule) => rule.pattern.test(text))?.name ?? null;
}
