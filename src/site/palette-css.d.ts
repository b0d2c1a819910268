// The stylesheet generated from src/lib/palette.ts (src/site/palette-css.ts); imported for its
// side effect only.
declare module "virtual:palette.css";
