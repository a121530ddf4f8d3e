// The content script's check of what the extension's own pages send it, without
// zod (the page side carries no schema: issue 12). The senders parse every
// message with its schema (messages.ts) before sending it; this is the
// receiver's own check, so that a malformed message from anywhere never acts:
// exactly the fields ContentMessageSchema allows, each of its type, nothing else.
// tests/unit/page-message-shape.test.ts holds it to the schema on random payloads.
import { CATEGORIES } from './sina/categories';
import { LIMITS } from './message-limits';
import { isRecord } from './is-record';

const token = (max: number, re: RegExp) => (v: unknown) => typeof v === 'string' && v.length <= max && re.test(v);
const isFigureId = token(LIMITS.id, /^[\w:.-]+$/);
const isStockCode = token(LIMITS.stockCode, /^[A-Za-z0-9_.$-]+$/);
const isHidden = (v: unknown) =>
  isRecord(v) &&
  Object.getPrototypeOf(v) === Object.prototype &&
  Object.entries(v).every(([k, b]) => (CATEGORIES as readonly string[]).includes(k) && typeof b === 'boolean');

/** Each type's fields besides `type`: required ones and optional ones, with their checks. */
const SHAPES: Record<string, { required: Record<string, (v: unknown) => boolean>; optional?: Record<string, (v: unknown) => boolean> }> = {
  'finlens/get-summary': { required: {} },
  'finlens/toggle-cleaning': { required: {} },
  'finlens/set-cleaning': { required: { enabled: (v) => typeof v === 'boolean' }, optional: { hidden: isHidden } },
  'finlens/reveal-figure': { required: { id: isFigureId } },
  'finlens/open-stock': { required: { code: isStockCode } },
};

/** Whether a message is one the content script accepts, to the letter of its schema. */
export function isPageMessage(message: unknown): boolean {
  if (!isRecord(message) || typeof message.type !== 'string' || !Object.hasOwn(SHAPES, message.type)) return false;
  const { required, optional = {} } = SHAPES[message.type]!;
  for (const [name, check] of Object.entries(required)) if (!Object.hasOwn(message, name) || !check(message[name])) return false;
  return Object.keys(message).every(
    (name) => name === 'type' || Object.hasOwn(required, name) || (Object.hasOwn(optional, name) && (message[name] === undefined || optional[name]!(message[name]))),
  );
}
