import { Agent, type Dispatcher, interceptors, request } from 'undici';
import { createLLMError } from '../errors/llm-error.js';
import type { ChatMessage, ChatRequest, ContentPart } from '../spec/chat-request.js';

const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/** One shared agent for image downloads that follows up to 3 redirects (CDNs redirect a lot). */
let imageAgent: Dispatcher | undefined;
function imageDispatcher(): Dispatcher {
  imageAgent ??= new Agent({ connections: 64 }).compose(interceptors.redirect({ maxRedirections: 3 }));
  return imageAgent;
}

/**
 * Some upstreams (Gemini, Bedrock, Anthropic on Vertex) cannot fetch image URLs themselves: we
 * download each http(s) image once and pass a data URL. Failures are typed invalid_request errors
 * naming the message, so the caller sees which image was bad instead of a provider 400.
 */
export async function inlineRemoteImages(req: ChatRequest, provider: string, signal?: AbortSignal): Promise<ChatRequest> {
  const hasRemote = req.messages.some(
    (m) =>
      m.role === 'user' && Array.isArray(m.content) && m.content.some((p) => p.type === 'image_url' && /^https?:/i.test(p.image_url.url)),
  );
  if (!hasRemote) return req;
  const messages: ChatMessage[] = await Promise.all(
    req.messages.map(async (m, index) => {
      if (m.role !== 'user' || !Array.isArray(m.content)) return m;
      const content: ContentPart[] = await Promise.all(
        m.content.map(async (part) => {
          if (part.type !== 'image_url' || !/^https?:/i.test(part.image_url.url)) return part;
          const url = await fetchAsDataUrl(part.image_url.url, `messages[${index}]`, provider, signal);
          return { ...part, image_url: { ...part.image_url, url } };
        }),
      );
      return { ...m, content };
    }),
  );
  return { ...req, messages };
}

async function fetchAsDataUrl(url: string, where: string, provider: string, signal?: AbortSignal): Promise<string> {
  try {
    const res = await request(url, { method: 'GET', signal, dispatcher: imageDispatcher() });
    if (res.statusCode >= 400) {
      await res.body.dump();
      throw new Error(`HTTP ${res.statusCode}`);
    }
    const type = String(res.headers['content-type'] ?? 'image/png')
      .split(';')[0]
      .trim();
    if (!type.startsWith('image/')) {
      await res.body.dump();
      throw new Error(`content-type ${type} is not an image`);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of res.body) {
      size += chunk.length;
      if (size > MAX_IMAGE_BYTES) {
        res.body.destroy();
        throw new Error(`image larger than ${MAX_IMAGE_BYTES} bytes`);
      }
      chunks.push(chunk as Buffer);
    }
    return `data:${type};base64,${Buffer.concat(chunks).toString('base64')}`;
  } catch (err) {
    throw createLLMError({
      kind: 'invalid_request',
      message: `${where}: could not download image ${url}: ${(err as Error).message}`,
      provider,
      status: 400,
      cause: err,
    });
  }
}
