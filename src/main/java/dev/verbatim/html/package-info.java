/**
 * Web pages in: the main content of a news page (headline, standfirst, byline and body
 * paragraphs) as plain text, with its metadata (headline, byline, publication date, canonical
 * URL), so that the pipeline reads the article and not the page around it.
 *
 * <p>Sits before the pipeline, beside {@code dev.verbatim.json}: it depends on jsoup (parsing),
 * Jackson (JSON-LD) and Guava, and on nothing else of Verbatim's. {@link
 * dev.verbatim.html.HtmlExtractor} is its entry point; {@link dev.verbatim.html.ExtractedPage} is
 * what it returns. Offsets found in {@link dev.verbatim.html.ExtractedPage#text()} are offsets into
 * that text, not into the HTML. Messy HTML never throws: at worst the page gives little text.
 */
package dev.verbatim.html;
