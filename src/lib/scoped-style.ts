// Astro scopes a component's <style> with an attribute, data-astro-cid-<hash>, set on every
// element the component writes, and passes the same attribute as a prop to each component it
// renders. A small component that writes elements on its caller's behalf (a sentence's words, a
// list of downloads) sets it on them too, so the caller's scoped rules reach them and the HTML is
// the same as if the caller had written the elements itself.

const SCOPE_PREFIX = "data-astro-cid-";

/** Returns the scoped-style attributes among `props`, valued "" so they print bare, as Astro's own. */
export function scopeAttributes(props: object): Record<string, ""> {
  return Object.fromEntries(
    Object.keys(props)
      .filter((key) => key.startsWith(SCOPE_PREFIX))
      .map((key) => [key, ""]),
  );
}
