import { type Dispatcher } from 'undici';
export interface DispatcherOptions {
    /** Max sockets per origin. */
    connections?: number;
    /** HTTP(S) proxy URL for this endpoint. */
    proxy?: string;
}
export declare function getDispatcher(origin: string, options?: DispatcherOptions): Dispatcher;
/** Closes every pooled dispatcher (graceful shutdown, tests). */
export declare function closeAllDispatchers(): Promise<void>;
