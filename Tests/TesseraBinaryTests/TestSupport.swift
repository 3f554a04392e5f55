import TesseraBinary
import TesseraTypes
import Testing

/// The 8-byte module header.
let header: [UInt8] = [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00]

/// A section with a correct one-byte size (contents under 128 bytes).
func section(_ id: UInt8, _ contents: [UInt8]) -> [UInt8] {
    precondition(contents.count < 128)
    return [id, UInt8(contents.count)] + contents
}

/// A module binary made of the header and the given sections.
func binary(_ sections: [UInt8]...) -> [UInt8] {
    header + sections.flatMap { $0 }
}

/// A name: its length byte and UTF-8 bytes.
func name(_ s: String) -> [UInt8] {
    [UInt8(s.utf8.count)] + Array(s.utf8)
}

/// Decodes `bytes` and every function body, returning the error if any.
func decodeError(_ bytes: [UInt8], features: FeatureSet = .default) -> WasmError? {
    do throws(WasmError) {
        let module = try WasmModule(decoding: bytes, features: features)
        try module.checkFunctionBodies()
        return nil
    } catch {
        return error
    }
}

/// Expects decoding to fail as malformed with a message starting with `message`.
func expectMalformed(
    _ bytes: [UInt8], _ message: String, features: FeatureSet = .default,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let error = decodeError(bytes, features: features)
    #expect(error?.kind == .malformed, sourceLocation: sourceLocation)
    #expect(error?.message.hasPrefix(message) == true, "got \(String(describing: error))", sourceLocation: sourceLocation)
}

/// Decodes a module that must be well-formed.
func decode(_ bytes: [UInt8], features: FeatureSet = .default) throws -> WasmModule {
    let module = try WasmModule(decoding: bytes, features: features)
    try module.checkFunctionBodies()
    return module
}

/// Encodes `module`, decodes the result and expects the same module back.
func expectRoundTrip(_ module: WasmModule, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let bytes = module.encode()
    let decoded = try decode(bytes)
    #expect(decoded == module, sourceLocation: sourceLocation)
    // Encoding is deterministic and a fixed point after one round.
    #expect(decoded.encode() == bytes, sourceLocation: sourceLocation)
}

/// The type section `(type (func))`.
let emptyFunctionType = section(1, [0x01, 0x60, 0x00, 0x00])
