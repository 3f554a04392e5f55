import Testing
import TesseraRuntime
import TesseraTypes

/// `Module(engine:bytes:)` decodes and validates each body once, translating in the same pass; its
/// errors must be exactly validation's.
@Suite struct CompileTests {
    /// `(type (func (result i32)))`, two functions of that type, the second exported as "f", then the
    /// code section `bodies`.
    static func module(bodies: [[UInt8]]) -> [UInt8] {
        var code: [UInt8] = [UInt8(bodies.count)]
        for body in bodies { code += [UInt8(body.count)] + body }
        return [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
                0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f,
                0x03, 0x03, 0x02, 0x00, 0x00,
                0x07, 0x05, 0x01, 0x01, 0x66, 0x00, 0x01,
                0x0a, UInt8(code.count)] + code
    }

    static let valid: [UInt8] = [0x00, 0x41, 0x07, 0x0b]  // i32.const 7
    static let valid9: [UInt8] = [0x00, 0x41, 0x09, 0x0b]  // i32.const 9
    static let invalid: [UInt8] = [0x00, 0x42, 0x00, 0x0b]  // i64.const 0 where i32 is due
    static let malformed: [UInt8] = [0x00, 0x27, 0x0b]  // 0x27 is no opcode

    @Test func compilesEveryBody() throws {
        let engine = Engine()
        let module = try Module(engine: engine, bytes: Self.module(bodies: [Self.valid, Self.valid9]))
        let instance = try Store(engine: engine).instantiate(module, imports: [])
        #expect(try instance.call("f") == [.i32(9)])
    }

    @Test func invalidBodyReportsTheFunction() {
        let error = wasmError { _ = try Module(engine: Engine(), bytes: Self.module(bodies: [Self.valid, Self.invalid])) }
        #expect(error?.kind == .invalid)
        #expect(error?.message.hasPrefix("type mismatch") == true)
        #expect(error?.functionIndex == 1)
    }

    @Test func malformedLaterBodyOutranksInvalidEarlierBody() {
        let error = wasmError {
            _ = try Module(engine: Engine(), bytes: Self.module(bodies: [Self.invalid, Self.malformed]))
        }
        #expect(error?.kind == .malformed)
    }
}
