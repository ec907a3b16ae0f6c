import { colorEnabled, createStyle } from './style.js';
export function createCliContext(io, flags, bin) {
    return {
        io,
        out: createStyle(colorEnabled(io.stdout, io.env, flags.color)),
        err: createStyle(colorEnabled(io.stderr, io.env, flags.color)),
        debug: flags.debug === true,
        bin,
    };
}
//# sourceMappingURL=cli-context.js.map