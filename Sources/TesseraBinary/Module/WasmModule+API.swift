public import TesseraTypes

extension WasmModule {
    /// Decodes a module binary. Every section is decoded and checked for well-formedness; function bodies
    /// are kept as byte slices for the validator to decode in lockstep (see `FunctionBodyDecoder`).
    /// Throws `malformed` errors.
    ///
    /// `features` matters only where the binary format itself depends on a proposal: the limits flags of
    /// tables and memories. The 64-bit flag (0x04) needs `.memory64`, a memory's shared flag (0x02)
    /// `.threads`, and its custom page size flag (0x08) `.customPageSizes`; otherwise they are
    /// "malformed limits flags". Everything else is left to the validator.
    public init(decoding bytes: [UInt8], features: FeatureSet = .default) throws(WasmError) {
        var decoder = ModuleDecoder(bytes: bytes, features: features)
        self = try decoder.decode()
    }

    /// Encodes the module into the binary format (the inverse of `init(decoding:)`): sections in canonical
    /// order, the data count section when `dataCount` is set, custom sections back at their `position`.
    public func encode() -> [UInt8] {
        var encoder = ModuleEncoder()
        encoder.encode(self)
        return encoder.bytes
    }
}
