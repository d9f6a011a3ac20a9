// analyze(text, optionsJson) -> string: the module's main function (see
// feltline_bindings.cpp). Linked in with --post-js, so it sees HEAPU8.
// TextEncoder turns lone surrogates into U+FFFD, as every web API does.
Module['analyze'] = function (text, optionsJson) {
  var bytes = new TextEncoder().encode(text);
  var at = Module['_reserveInput'](bytes.length);
  HEAPU8.set(bytes, at); // read HEAPU8 after the call: the memory may have grown
  var view = Module['_analyzeInput'](optionsJson);
  try {
    return new TextDecoder().decode(view);
  } finally {
    Module['_releaseOutput']();
  }
};
