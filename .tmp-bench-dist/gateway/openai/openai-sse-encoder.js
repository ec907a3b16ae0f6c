import { OpenAIChunkEncoder, openaiStreamError } from './openai-chunk-encoder.js';
/** OpenAI Chat Completions streaming: role chunk, deltas, finish chunk, optional usage chunk, [DONE]. */
export class OpenAISseEncoder {
    chunks;
    id;
    created;
    includeUsage;
    fallbackModel;
    constructor(id, created, includeUsage, fallbackModel) {
        this.id = id;
        this.created = created;
        this.includeUsage = includeUsage;
        this.fallbackModel = fallbackModel;
    }
    open(first) {
        this.chunks = new OpenAIChunkEncoder(this.id, this.created, first.model ?? this.fallbackModel);
        return this.chunks.roleChunk();
    }
    encode(delta) {
        return this.chunks ? this.chunks.encode(delta) : '';
    }
    close() {
        return this.chunks ? this.chunks.end(this.includeUsage) : 'data: [DONE]\n\n';
    }
    fail(error) {
        return openaiStreamError(error);
    }
}
//# sourceMappingURL=openai-sse-encoder.js.map