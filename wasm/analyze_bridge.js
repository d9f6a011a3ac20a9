// analyze(text, optionsJson) -> string and version() -> string: the module's
// API over the C exports of feltline_bindings.cpp. Linked in with --post-js,
// so it sees HEAPU8. TextEncoder turns lone surrogates into U+FFFD, as every
// web API does.
Module['analyze'] = function (text, optionsJson) {
  var encoder = new TextEncoder();
  var bytes = encoder.encode(text);
  var options = encoder.encode(optionsJson);
  var at = Module['_feltline_reserve_input'](bytes.length, options.length);
  HEAPU8.set(bytes, at); // read HEAPU8 after the call: the memory may have grown
  HEAPU8.set(options, at + bytes.length);
  var out = Module['_feltline_analyze_input']();
  try {
    return new TextDecoder().decode(HEAPU8.subarray(out, out + Module['_feltline_output_size']()));
  } finally {
    Module['_feltline_release_output']();
  }
};

Module['version'] = function () {
  var at = Module['_feltline_version']();
  var end = HEAPU8.indexOf(0, at);
  return new TextDecoder().decode(HEAPU8.subarray(at, end));
};
