const plain = (t) => t;
function sgr(open, close) {
    return (t) => `\x1b[${open}m${t}\x1b[${close}m`;
}
export function createStyle(enabled) {
    if (!enabled) {
        return { enabled, bold: plain, dim: plain, italic: plain, red: plain, green: plain, yellow: plain, blue: plain, magenta: plain, cyan: plain, gray: plain };
    }
    return {
        enabled,
        bold: sgr(1, 22),
        dim: sgr(2, 22),
        italic: sgr(3, 23),
        red: sgr(31, 39),
        green: sgr(32, 39),
        yellow: sgr(33, 39),
        blue: sgr(34, 39),
        magenta: sgr(35, 39),
        cyan: sgr(36, 39),
        gray: sgr(90, 39),
    };
}
/**
 * Colour only on a TTY, never with NO_COLOR (https://no-color.org: any non-empty value) or
 * `--no-color`; FORCE_COLOR turns it on for pipes (CI logs) unless NO_COLOR also says no.
 */
export function colorEnabled(stream, env, flag) {
    if (flag === false)
        return false;
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false')
        return true;
    if (env.TERM === 'dumb')
        return false;
    return stream.isTTY === true;
}
//# sourceMappingURL=style.js.map