// Modules made at build time by web/build/inline-worker-plugin.ts.
declare module 'virtual:feltline-inline-worker' {
  /** The analysis worker's source, one classic script with the WebAssembly inside. */
  const source: string;
  export default source;
}
declare module 'virtual:feltline-wasm' {
  /** feltline_wasm.wasm, Zstandard-compressed, base64-encoded. */
  const zstdBase64: string;
  export default zstdBase64;
}
