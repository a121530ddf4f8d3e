// A plain object's fields, for the zod-free readers of stored values and messages (stored-cleaning.ts,
// stored-reading.ts, page-message-shape.ts): one check, so they agree on what a record is.
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
