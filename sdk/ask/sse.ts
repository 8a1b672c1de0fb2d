/**
 * The server-sent events wire format (HTML Living Standard, "Parsing an event stream"), for a
 * fetch-based client: EventSource cannot send `Authorization`, and our tokens are bearer tokens
 * (DESIGN.md: no cookies in embedded cross-site contexts). Push decoded text in chunks split
 * anywhere — in a line, between CR and LF — and get whole messages back.
 */

export interface SseMessage {
  /** The `event:` field, `message` when there was none. */
  type: string;
  /** The `data:` lines joined with "\n". */
  data: string;
  /** The last event id after this message (ids persist across messages until changed). */
  id: string;
}

const LINE_END = /\r\n|\r|\n/g;

export class SseParser {
  /** The last event ID: set when a message (or an id-only block) is complete. */
  lastEventId: string;
  #buffer = '';
  #start = true;
  /** The previous chunk ended in CR: a LF opening this one belongs to it. */
  #afterCR = false;
  #data: string[] = [];
  #type = '';
  #id: string;

  constructor(
    private readonly onMessage: (message: SseMessage) => void,
    private readonly onRetry: (ms: number) => void = () => {},
    lastEventId = '',
  ) {
    this.lastEventId = this.#id = lastEventId;
  }

  push(chunk: string): void {
    let text = chunk;
    if (this.#start && text) {
      this.#start = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (this.#afterCR && text) {
      this.#afterCR = false;
      if (text[0] === '\n') text = text.slice(1);
    }
    const buffer = this.#buffer + text;
    let from = 0;
    LINE_END.lastIndex = 0;
    for (let m = LINE_END.exec(buffer); m; m = LINE_END.exec(buffer)) {
      const line = buffer.slice(from, m.index);
      from = LINE_END.lastIndex;
      // A CR at the very end may be the first half of a CRLF split across chunks.
      if (m[0] === '\r' && from === buffer.length) this.#afterCR = true;
      this.#line(line);
    }
    this.#buffer = buffer.slice(from);
  }

  #line(line: string): void {
    if (line === '') return this.#dispatch();
    if (line[0] === ':') return; // a comment (keep-alive)
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value[0] === ' ') value = value.slice(1);
    if (field === 'data') this.#data.push(value);
    else if (field === 'event') this.#type = value;
    else if (field === 'id') {
      if (!value.includes('\0')) this.#id = value;
    } else if (field === 'retry' && /^\d+$/.test(value)) this.onRetry(Number(value));
  }

  #dispatch(): void {
    this.lastEventId = this.#id;
    const data = this.#data;
    const type = this.#type || 'message';
    this.#data = [];
    this.#type = '';
    if (data.length > 0) this.onMessage({ type, data: data.join('\n'), id: this.#id });
  }
}
