public import TesseraTypes
public import TesseraBinary

/// Parses a WebAssembly text module (`(module ...)` or a bare sequence of module fields) and returns
/// its binary encoding. Text errors are `malformed`; the result is not validated.
///
/// All syntax of the features Tessera knows is accepted whatever `features` says: whether a module may use
/// a feature is the validator's decision.
public func parseWat(_ text: String, features: FeatureSet = .default) throws(WasmError) -> [UInt8] {
    try parseWatModule(Array(text.utf8), features: features).encode()
}

/// Parses a WebAssembly text module into a `WasmModule` (not validated).
public func parseWatModule(_ text: String, features: FeatureSet = .default) throws(WasmError) -> WasmModule {
    try parseWatModule(Array(text.utf8), features: features)
}

/// Parses the module in `source[start..<end]` (UTF-8 bytes, which need not be valid UTF-8: the lexer
/// reports malformed encodings).
func parseWatModule(_ source: [UInt8], start: Int = 0, end: Int? = nil, features: FeatureSet) throws(WasmError)
    -> WasmModule
{
    var parser = try WatParser(source: source, start: start, end: end, features: features)
    return try parser.parseModule()
}
