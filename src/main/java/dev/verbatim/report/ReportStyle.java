package dev.verbatim.report;

/** The report's inline style sheet and script: fixed text, no data from the article. */
final class ReportStyle {
  private ReportStyle() {}

  static final String CSS = """
      :root { --ink: #1d1f23; --muted: #5f6570; --line: #d9dce1; }
      * { box-sizing: border-box; }
      body { margin: 0; font: 16px/1.55 Georgia, "Times New Roman", serif; color: var(--ink);
             background: #fafaf8; }
      header { padding: 18px 28px 10px; border-bottom: 1px solid var(--line); background: #fff; }
      header h1 { margin: 0 0 4px; font-size: 1.5em; }
      .summary, .legend, .about { font-family: system-ui, sans-serif; font-size: 0.85em;
             color: var(--muted); margin: 2px 0; }
      main { display: grid; grid-template-columns: minmax(0, 46em) minmax(280px, 1fr);
             gap: 28px; padding: 20px 28px; align-items: start; }
      #article { white-space: pre-wrap; background: #fff; padding: 20px 26px;
             border: 1px solid var(--line); border-radius: 6px; }
      .statement { background: var(--bg); border-bottom: 2px solid var(--fg);
             border-radius: 3px; padding: 1px 0; cursor: help; }
      .statement.active { outline: 2px solid var(--fg); }
      .sp-none { --bg: #e4e4e4; --fg: #777; }
      mark { background: none; color: inherit; }
      mark.mention { font-weight: bold; color: var(--fg, var(--ink));
             text-decoration: underline 2px; text-underline-offset: 3px; }
      mark.cue { font-style: italic; text-decoration: underline dotted 2px;
             text-underline-offset: 3px; }
      #side { position: sticky; top: 12px; max-height: calc(100vh - 24px); overflow: auto;
             font-family: system-ui, sans-serif; font-size: 0.9em; }
      #side h2 { font-size: 1em; text-transform: uppercase; letter-spacing: 0.06em;
             color: var(--muted); margin: 0 0 8px; }
      #record-panel { background: #fff; border: 1px solid var(--line); border-radius: 6px;
             padding: 10px 12px; margin-bottom: 16px; }
      #record { margin: 0; white-space: pre-wrap; word-break: break-word; font-size: 0.8em;
             max-height: 40vh; overflow: auto; }
      .speaker { background: #fff; border: 1px solid var(--line); border-left: 6px solid var(--fg);
             border-radius: 6px; padding: 8px 12px; margin-bottom: 10px; }
      .speaker h3 { margin: 0; font-size: 1.05em; }
      .swatch { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 6px;
             border-radius: 2px; background: var(--bg); border: 1px solid var(--fg);
             vertical-align: -1px; }
      .speaker ol { margin: 6px 0 0; padding-left: 1.4em; }
      .speaker li { margin: 3px 0; }
      .speaker a { color: inherit; text-decoration: none; }
      .speaker a:hover, .speaker a.active { background: var(--bg); }
      .type { font-size: 0.75em; text-transform: uppercase; color: var(--fg);
             letter-spacing: 0.04em; }
      #diagnostics ul { padding-left: 1.2em; }
      @media (max-width: 900px) { main { grid-template-columns: 1fr; } #side { position: static; } }
      """;

  static final String SCRIPT = """
      (function () {
        var panel = document.getElementById('record');
        function show(n) {
          var first = document.getElementById('c' + n);
          if (!first) { return; }
          document.querySelectorAll('.active').forEach(function (e) {
            e.classList.remove('active');
          });
          document.querySelectorAll('[data-cite="' + n + '"]').forEach(function (e) {
            e.classList.add('active');
          });
          var record = JSON.parse(first.getAttribute('data-record'));
          panel.textContent = JSON.stringify(record, null, 2);
        }
        document.addEventListener('mouseover', function (event) {
          var target = event.target.closest('[data-cite]');
          if (target) { show(target.getAttribute('data-cite')); }
        });
        function fromHash() {
          // #c3 scrolls to statement 3 and shows its record; #record-3 only shows the record.
          var m = /^#(?:c|record-)(\\d+)$/.exec(location.hash);
          if (m) { show(m[1]); }
        }
        window.addEventListener('hashchange', fromHash);
        fromHash();
      })();
      """;
}
