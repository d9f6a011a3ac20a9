// Modules made at build time by web/build/inline-worker-plugin.ts.
declare module 'virtual:feltline-inline-worker' {
  /** The analysis worker's source, one classic script with the WebAssembly inside. */
  const source: string;
  export default source;
}
declare module 'virtual:feltline-wasm' {
  /** feltline_wasm.wasm, xz-compressed, base64-encoded. */
  const xzBase64: string;
  export default xzBase64;
}
