public import TesseraTypes
public import TesseraBinary

extension WastModule {
    /// The module's binary: the bytes of a `binary` module, or the encoding of a text or `quote` module
    /// (parsed now; text errors are `malformed`). The result is not validated.
    public func binary(features: FeatureSet = .default) throws(WasmError) -> [UInt8] {
        switch source {
        case .binary(let bytes):
            return bytes
        case .text(let text):
            return try parseWatModule(Array(text.utf8), features: features).encode()
        case .quote(let text):
            return try parseWatModule(quoteBytes ?? Array(text.utf8), features: features).encode()
        }
    }

    /// The parsed module of a text or `quote` module; nil for a `binary` module.
    public func textModule(features: FeatureSet = .default) throws(WasmError) -> WasmModule? {
        switch source {
        case .binary:
            return nil
        case .text(let text):
            return try parseWatModule(Array(text.utf8), features: features)
        case .quote(let text):
            return try parseWatModule(quoteBytes ?? Array(text.utf8), features: features)
        }
    }
}
