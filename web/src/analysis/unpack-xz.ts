// Unpacks the xz-compressed WebAssembly module (both ways the worker gets it).
// xz-decompress streams: the bytes are unpacked as they arrive, and a damaged
// or truncated module fails here with the decoder's message instead of as an
// opaque WebAssembly compile error later.
import { XzReadableStream } from 'xz-decompress';

export async function unpackXz(packed: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  try {
    return new Uint8Array(await new Response(new XzReadableStream(packed)).arrayBuffer());
  } catch (error) {
    throw new Error(`could not unpack the analysis module: ${error instanceof Error ? error.message : String(error)}`);
  }
}
