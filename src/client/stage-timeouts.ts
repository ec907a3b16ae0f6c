/** Per-attempt time limits, in ms. Each stage aborts the upstream request for real. */
export interface StageTimeouts {
  /** Until response headers arrive (connect + time to first byte). */
  firstByteMs?: number;
  /** Until the first content / reasoning / tool-call token of a stream. */
  firstTokenMs?: number;
  /** Max gap between two stream chunks. */
  idleMs?: number;
  /** Whole attempt. */
  totalMs?: number;
}
