// One analysis worker for every <feltline-viewer> on a page, started when the
// first viewer needs it. The WebAssembly module is compiled and its memory
// held once, not once per viewer; each viewer's requests carry their own id,
// so answers never mix, and a lesson's short excerpts queue for milliseconds.
import { AnalysisClient } from '../analysis/analysis-client';

let client: AnalysisClient | null = null;

export function sharedAnalysisClient(): AnalysisClient {
  client ??= new AnalysisClient();
  return client;
}
