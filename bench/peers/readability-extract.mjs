// readability.js (Mozilla's Reader View extractor) as a side-by-side peer of NewsQuality's HTML extraction (issue 20):
// reads the extraction dev set's pages and prints one JSON line per page, {"id", "text"}, for
// `dotnet run --project eval/NewsQuality.Eval -c Release -- extraction --peer readability.js=FILE`.
// Usage: node bench/peers/readability-extract.mjs [DEV_SET_DIR] > readability.jsonl   (default ../shared/corpora/html-extraction-dev)
// The page is parsed with jsdom at its own URL (relative links resolve as on the site) and read with Readability's defaults;
// the article's HTML is turned into text with a line break around every block, so that words of two paragraphs never run
// together (readability's textContent joins them without a space) and snippets are matched as NewsQuality's text is.
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const root = process.argv[2] ?? "../shared/corpora/html-extraction-dev";
const quiet = new VirtualConsole(); // pages' own CSS and script errors are not the peer's output

const blocks = new Set(["ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "FOOTER",
  "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "OL", "P", "PRE", "SECTION", "TABLE", "TD", "TH", "TR", "UL"]);

function text(node, out) {
  if (node.nodeType === 3) { out.push(node.data); return; }
  if (node.nodeType !== 1) return;
  if (node.tagName === "BR") { out.push("\n"); return; }
  const block = blocks.has(node.tagName);
  if (block) out.push("\n");
  for (const child of node.childNodes) text(child, out);
  if (block) out.push("\n");
}

for (const line of readFileSync(join(root, "pages.jsonl"), "utf8").split("\n")) {
  if (!line.trim()) continue;
  const page = JSON.parse(line);
  let result = { id: page.id, text: "" };
  try {
    // Bytes, not a string: jsdom sniffs the page's encoding (BOM, <meta charset>) as a browser does.
    const dom = new JSDOM(gunzipSync(readFileSync(join(root, page.file))), { url: page.url, virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    if (article?.content) {
      const body = new JSDOM(`<body>${article.content}</body>`).window.document.body;
      const parts = [];
      text(body, parts);
      // The title first, as a reader view shows it and as NewsQuality's text opens with the headline.
      result.text = [article.title ?? "", ...parts.join("").split("\n")].map(s => s.trim()).filter(s => s).join("\n\n");
    }
    dom.window.close();
  } catch (e) {
    result.error = String(e.message ?? e).split("\n")[0];
  }
  process.stdout.write(JSON.stringify(result) + "\n");
}
