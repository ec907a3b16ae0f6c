const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const NOOP = { stop() { }, update() { } };
/**
 * A one-line progress indicator on stderr while we wait for the first token. Only on a TTY:
 * in pipes and logs it would be noise. Erasing uses `\r` + spaces rather than an ANSI clear, so
 * with colour off (NO_COLOR) not a single escape sequence is written.
 */
export function startSpinner(stream, style, text, enabled = stream.isTTY === true) {
    if (!enabled)
        return NOOP;
    let label = text;
    let frame = 0;
    let width = 0;
    let stopped = false;
    const draw = () => {
        const line = `${style.cyan(FRAMES[frame % FRAMES.length])} ${style.dim(label)}`;
        const visible = 2 + label.length;
        stream.write(`\r${line}${' '.repeat(Math.max(0, width - visible))}`);
        width = Math.max(width, visible);
        frame++;
    };
    // Wait a little before drawing: fast answers should not flash a spinner.
    const delay = setTimeout(() => {
        if (stopped)
            return;
        draw();
        timer = setInterval(draw, 80);
    }, 120);
    let timer;
    return {
        update(next) {
            label = next;
        },
        stop() {
            if (stopped)
                return;
            stopped = true;
            clearTimeout(delay);
            if (timer) {
                clearInterval(timer);
                stream.write(`\r${' '.repeat(width)}\r`);
            }
        },
    };
}
//# sourceMappingURL=spinner.js.map