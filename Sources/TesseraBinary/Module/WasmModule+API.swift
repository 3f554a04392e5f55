public import TesseraTypes

extension WasmModule {
    /// Decodes a module binary. Every section is decoded and checked for well-formedness; function bodies
    /// are kept as byte slices for the validator to decode in lockstep. Throws `malformed` errors.
    public init(decoding bytes: [UInt8], features: FeatureSet = .default) throws(WasmError) {
        throw WasmError.malformed("decoder not implemented")
    }

    /// Encodes the module into the binary format (the inverse of `init(decoding:)`).
    public func encode() -> [UInt8] {
        []
    }
}
