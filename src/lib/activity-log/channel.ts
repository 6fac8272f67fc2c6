/** Tells the other open tabs of this site that the activity log changed (BroadcastChannel). */
export type ChangeMessage = { kind: 'saved'; id: string } | { kind: 'cleared' };

export interface ChangeChannel {
  post(message: ChangeMessage): void;
  /** Calls `listener` for messages from other tabs; returns the unsubscribe. */
  listen(listener: (message: ChangeMessage) => void): () => void;
}

const NAME = 'medborgarlofte-aktivitetslogg';

export function broadcastChannel(): ChangeChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, listen: () => () => {} };
  const channel = new BroadcastChannel(NAME);
  return {
    post: (m) => channel.postMessage(m),
    listen(listener) {
      const onMessage = (e: MessageEvent<ChangeMessage>) => listener(e.data);
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
  };
}
