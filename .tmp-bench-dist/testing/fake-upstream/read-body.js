/**
 * Reads the whole request body; one chunk (the usual case) is returned without copying. Rejects
 * when the client disconnects mid-body, so no handler waits on a body that will never end.
 */
export function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        req.on('data', (chunk) => chunks.push(chunk));
        req.on('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
        req.on('error', reject);
        req.on('close', () => {
            if (!req.complete)
                reject(new Error('client closed the connection before sending the whole body'));
        });
    });
}
//# sourceMappingURL=read-body.js.map