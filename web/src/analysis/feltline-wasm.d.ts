// Types for the Emscripten ES module built under build/wasm/wasm/.
declare module '@feltline/wasm/feltline_wasm.mjs' {
  interface ModuleOptions {
    locateFile?: (path: string) => string;
    wasmBinary?: ArrayBuffer | Uint8Array;
  }
  const createFeltlineModule: (options?: ModuleOptions) => Promise<{
    analyze(text: string, optionsJson: string): string;
    version(): string;
  }>;
  export default createFeltlineModule;
}
