export function groupTurns(messages) {
    const pinned = [];
    const turns = [];
    let current;
    messages.forEach((message, i) => {
        if (message.role === 'system' || message.role === 'developer') {
            pinned.push(i);
            return;
        }
        if (message.role === 'user' || !current) {
            current = { units: [] };
            turns.push(current);
        }
        const last = current.units[current.units.length - 1];
        // Tool results join the unit holding the assistant message that called them (or, for an
        // orphan result, the unit before it) — never a unit of their own.
        if (message.role === 'tool' && last)
            last.push(i);
        else
            current.units.push([i]);
    });
    return { pinned, turns };
}
//# sourceMappingURL=group-turns.js.map