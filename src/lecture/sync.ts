import { useCallback, useEffect, useEffectEvent, useRef } from 'react';
import type { DeckPosition } from './positions';

/**
 * Keeps the audience and presenter windows of one lecture in step through a BroadcastChannel
 * (same origin, works offline, no server). Protocol:
 *
 * - `nav` and `blank` are sent by the window where the user acted; the other window follows
 *   without echoing, so rapid key presses cannot bounce back and forth.
 * - A presenter window that opens says `hello`; the audience answers with `welcome` (its
 *   position and blank state) and its `labs`. An audience window that opens announces its
 *   position with `nav`. So at connect time the audience's position wins.
 * - `labs` mirrors the live labs of the audience window (their `data-state` and `data-metric`
 *   values) into the presenter window, which never runs a lab itself.
 */

export type LectureRole = 'audience' | 'presenter';

/** One live lab as the audience window sees it. */
export interface LabSnapshot {
  /** Deck index of the slide the lab is on. */
  slide: number;
  name: string;
  state: string;
  /** `[data-metric name, text]` pairs in document order. */
  metrics: [string, string][];
}

export type LectureMessage =
  | ({ kind: 'nav' } & DeckPosition)
  | { kind: 'blank'; blank: boolean }
  | { kind: 'hello' }
  | ({ kind: 'welcome'; blank: boolean } & DeckPosition)
  | { kind: 'labs'; labs: LabSnapshot[] };

interface Envelope {
  role: LectureRole;
  message: LectureMessage;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isPosition = (value: Record<string, unknown>) => Number.isInteger(value.slide) && Number.isInteger(value.step);

/** Checks a message from another window (anything can post on a channel of this origin). */
export function parseEnvelope(data: unknown): Envelope | undefined {
  if (!isRecord(data) || (data.role !== 'audience' && data.role !== 'presenter') || !isRecord(data.message)) {
    return undefined;
  }
  const message = data.message;
  const ok =
    (message.kind === 'nav' && isPosition(message)) ||
    (message.kind === 'blank' && typeof message.blank === 'boolean') ||
    message.kind === 'hello' ||
    (message.kind === 'welcome' && isPosition(message) && typeof message.blank === 'boolean') ||
    (message.kind === 'labs' && Array.isArray(message.labs));
  return ok ? (data as unknown as Envelope) : undefined;
}

export const channelName = (slug: string) => `lecture:${slug}`;

/** What a window does with the channel: answer messages, and say something when it joins. */
export interface ChannelHandlers {
  /** A message from a window of the other role. */
  onMessage: (message: LectureMessage) => void;
  /** Called once the channel is open (e.g. to say `hello`). */
  onOpen?: (post: (message: LectureMessage) => void) => void;
}

/**
 * Joins the lecture's channel for as long as the component is mounted and returns `post`
 * (a no-op where BroadcastChannel is missing, e.g. while prerendering).
 */
export function useLectureChannel(
  slug: string,
  role: LectureRole,
  handlers: ChannelHandlers,
): (message: LectureMessage) => void {
  const channel = useRef<BroadcastChannel | null>(null);
  const post = useCallback((message: LectureMessage) => channel.current?.postMessage({ role, message }), [role]);
  const receive = useEffectEvent((data: unknown) => {
    const envelope = parseEnvelope(data);
    if (envelope && envelope.role !== role) handlers.onMessage(envelope.message);
  });
  const opened = useEffectEvent(() => handlers.onOpen?.(post));
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const joined = new BroadcastChannel(channelName(slug));
    joined.onmessage = (event: MessageEvent<unknown>) => receive(event.data);
    channel.current = joined;
    opened();
    return () => {
      channel.current = null;
      joined.close();
    };
  }, [slug]);
  return post;
}
