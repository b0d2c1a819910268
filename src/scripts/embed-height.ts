// On an embed page (/nhung/…) inside an iframe: tells the framing page how tall the content is
// (src/lib/cards/embed-message.ts), on load and whenever the frame's width changes, so the host
// script of the embed code can size the iframe. Without it (or without JavaScript) the embed's
// own layout keeps the source line in view and scrolls the chart part instead.
import {
  EMBED_MESSAGE_TYPE,
  measureEmbedHeight,
  type EmbedHeightMessage,
} from "../lib/cards/embed-message.ts";

let posted = 0;

function post(): void {
  if (window.parent === window) return;
  const main = document.querySelector("main");
  if (!main) return;
  const height = measureEmbedHeight(
    main.getBoundingClientRect().bottom + window.scrollY,
    document.querySelector<HTMLElement>("[data-embed-middle]"),
  );
  if (height === posted) return;
  posted = height;
  // The height says nothing private, so any page that frames the embed may read it.
  window.parent.postMessage({ type: EMBED_MESSAGE_TYPE, height } satisfies EmbedHeightMessage, "*");
}

window.addEventListener("load", post);
window.addEventListener("resize", post);
post();
