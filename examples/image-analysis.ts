/**
 * Image analysis: `StableLLM.analyze(prompt, image)` with a file path, Buffer, URL or data URL.
 * Vision-capable models are preferred automatically.
 *
 *   GEMINI_API_KEY=… npx tsx examples/image-analysis.ts --image photo.jpg "What is unusual here?"
 *
 * GEMINI_BASE_URL overrides the API base. Without --image a tiny generated PNG is sent.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';
import { StableLLM } from '../src/index.js';

export async function main(argv: string[] = process.argv.slice(2)): Promise<string> {
  const apiKey = process.env.GEMINI_API_KEY;
  if (!apiKey) throw new Error('set GEMINI_API_KEY (and optionally GEMINI_BASE_URL)');
  const i = argv.indexOf('--image');
  const image = i >= 0 && argv[i + 1] ? readFileSync(argv[i + 1]) : solidPng(8, 8, [220, 40, 40]);
  const rest = i >= 0 ? argv.filter((_, j) => j !== i && j !== i + 1) : argv;
  const prompt = rest[0] ?? 'Describe this image in one sentence.';
  const model = process.env.GEMINI_MODEL ?? 'gemini-3.5-flash';
  const llm = new StableLLM({
    settings: {
      VERSION: '2',
      endpoints: [{ id: 'gemini', api_key: apiKey, ...(process.env.GEMINI_BASE_URL ? { api_base: process.env.GEMINI_BASE_URL } : {}) }],
      backends: { gemini: { models: { [model]: { endpoints: ['gemini'], native_multimodal: true } } } },
    },
  });
  const res = await llm.analyze(prompt, image);
  console.log(res.raw_content);
  console.log(`— ${res.target}`);
  return res.raw_content;
}

/** A valid one-colour PNG, so the example runs without an image file. */
function solidPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer): number => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3).fill(Buffer.from(rgb))]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
