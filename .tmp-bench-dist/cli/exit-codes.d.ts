/** Exit codes every command uses: scripts can tell "fix your command line / config" from "it failed". */
export declare const EXIT: {
    readonly ok: 0;
    /** Runtime failure: no provider answered, the network failed, a check failed. */
    readonly failure: 1;
    /** Usage or configuration error: the user must change the command or the config file. */
    readonly usage: 2;
    /** Interrupted by Ctrl+C (128 + SIGINT), as shells report it. */
    readonly interrupted: 130;
};
