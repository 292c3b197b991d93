package dev.verbatim.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lines a news site puts between an article's paragraphs that are not part of what the reporter
 * wrote: "Advertisement", "Story continues below", "Read more: ..." and "Related: ..." links,
 * sharing prompts, invitations to sign up for a newsletter or download an app. A reader skips them, so a quotation after one continues the paragraph before
 * it.
 */
public final class PageFurniture {
  private PageFurniture() {}

  private static final Pattern WHOLE_LINE = Pattern.compile(
      "(?:advertisement|advert|sponsored(?: content)?|story continues (?:below|after (?:this )?advertisement)"
          + "|(?:article )?continues? (?:reading )?below|continue reading(?: below)?|share this (?:article|story)"
          + "|skip past newsletter promotion|after newsletter promotion|listen to this article)");

  private static final Pattern LINK_LINE = Pattern.compile("(?:read more|related|see also|more on this story)\\s*:.*");

  /**
   * "Sign up for our newsletter", "Download the KSRN News app for breaking news alerts", "Follow us
   * on Instagram": an invitation to the reader, in the imperative, about the site's own services.
   */
  private static final Pattern PROMPT = Pattern.compile(
      "(?:(?:download|sign up|subscribe|follow|get) .*\\b(?:app|newsletters?|alerts|podcast"
          + "|on (?:twitter|x|facebook|instagram|tiktok|youtube|whatsapp|telegram|threads|bluesky))|(?:click|tap) here)\\b.*");

  /** Longer than this many characters, a paragraph is the reporter's, whatever its first words. */
  private static final int PROMPT_MAX = 200;

  /**
   * Returns whether a paragraph is page furniture rather than the reporter's text.
   *
   * @param paragraph one paragraph's text
   * @return whether it is an advertisement slot, a link to another story, a sharing prompt or an
   *     invitation to the reader
   */
  public static boolean isFurniture(String paragraph) {
    String s = paragraph.strip().toLowerCase(Locale.ROOT);
    while (!s.isEmpty() && ".:|-–—".indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return WHOLE_LINE.matcher(s).matches() || LINK_LINE.matcher(s).matches()
        || s.length() <= PROMPT_MAX && PROMPT.matcher(s).matches();
  }
}
