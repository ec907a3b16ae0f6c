import { FakeRequestError } from '../../fake-request-error.js';
import { asArray, asRecord, pick } from '../../guards.js';
/** generateContent's checks that adapters trip over: contents, roles, empty parts, call/response counts. */
export function validateGeminiRequest(request) {
    const bad = (message) => new FakeRequestError('bad_request', message);
    const contents = asRecord(request.body).contents;
    if (!Array.isArray(contents) || contents.length === 0)
        return bad('* GenerateContentRequest.contents: contents is not specified\n');
    let previousCalls = 0;
    for (let i = 0; i < contents.length; i++) {
        const c = asRecord(contents[i]);
        if (c.role !== undefined && c.role !== 'user' && c.role !== 'model' && c.role !== 'function')
            return bad('Please use a valid role: user, model.');
        const parts = asArray(c.parts).map(asRecord);
        if (parts.length === 0)
            return bad(`* GenerateContentRequest.contents[${i}].parts: contents.parts must not be empty.\n`);
        const responses = parts.filter((p) => pick(p, 'functionResponse', 'function_response') !== undefined).length;
        if (responses > 0 && responses !== previousCalls) {
            return bad('Please ensure that the number of function response parts is equal to the number of function call parts of the function call turn.');
        }
        previousCalls = parts.filter((p) => pick(p, 'functionCall', 'function_call') !== undefined).length;
    }
    return undefined;
}
//# sourceMappingURL=validate-gemini-request.js.map