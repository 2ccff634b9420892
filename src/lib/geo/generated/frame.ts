// Do not edit; run `npm run geo` to regenerate (scripts/build-geo.ts).
export const MAP_FRAME = { width: 1000, height: 825 } as const;
